<?php

(PHP_MAJOR_VERSION >= 7 && PHP_MINOR_VERSION >= 3) ?: die('Sorry, PHP 7.3 or above is required to run XBackBone.');
require __DIR__.'/vendor/autoload.php';

define('BASE_DIR', realpath(__DIR__).DIRECTORY_SEPARATOR);
$app = require_once __DIR__.'/bootstrap/app.php';
$app->run();
