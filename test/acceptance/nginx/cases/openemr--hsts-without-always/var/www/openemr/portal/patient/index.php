<?php
// OpenEMR 7.0.2 placeholder: portal/patient/index.php
