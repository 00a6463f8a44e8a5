<?php
// OpenEMR 7.0.2 placeholder: portal/home.php
