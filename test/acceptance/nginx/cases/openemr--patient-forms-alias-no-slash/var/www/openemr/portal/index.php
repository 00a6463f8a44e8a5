<?php
// OpenEMR 7.0.2 placeholder: portal/index.php
