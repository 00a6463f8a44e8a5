<?php
// Omeka S bootstrap (placeholder): constants and Composer's autoloader.
define('OMEKA_PATH', __DIR__);
require OMEKA_PATH . '/vendor/autoload.php';
