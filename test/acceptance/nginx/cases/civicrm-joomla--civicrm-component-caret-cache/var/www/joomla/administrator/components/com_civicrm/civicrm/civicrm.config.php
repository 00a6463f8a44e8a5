<?php
define('CIVICRM_SETTINGS_PATH', '/var/www/joomla/administrator/components/com_civicrm/civicrm.settings.php');
$error = @include_once( '/var/www/joomla/administrator/components/com_civicrm/civicrm.settings.php' );
