<?php
// OpenEMR 7.0.2 placeholder: interface/modules/zend_modules/public/index.php
