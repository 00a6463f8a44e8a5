<?php
// Placeholder for Roundcube's index.php (the only script nginx passes to PHP-FPM).
define('INSTALL_PATH', __DIR__ . '/');
require_once INSTALL_PATH . 'program/include/iniset.php';
