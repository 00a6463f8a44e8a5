<?php
defined('C5_EXECUTE') or define('C5_EXECUTE', md5(uniqid()));
require __DIR__ . '/bootstrap/configure.php';
