<?php
// OpenEMR 7.0.2 placeholder: vendor/composer/autoload_real.php
