<?php
// Stand-in for the Standalone bootstrap: finds private/civicrm.settings.php and the class loader.
define('CIVICRM_SETTINGS_PATH', __DIR__ . '/private/civicrm.settings.php');
require_once __DIR__ . '/vendor/autoload.php';
