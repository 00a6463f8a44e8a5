<?php
define('HTMLY', true);
define('HTMLY_VERSION', 'v3.1.1');
$config_file = 'config/config.ini';
require 'system/vendor/autoload.php';
require 'system/htmly.php';
