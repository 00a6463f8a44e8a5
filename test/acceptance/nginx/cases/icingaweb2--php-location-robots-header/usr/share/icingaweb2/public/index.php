<?php
// Icinga Web 2 front controller
define('ICINGAWEB_BASEDIR', dirname(__DIR__));
define('ICINGAWEB_APPDIR', ICINGAWEB_BASEDIR . '/application');
require_once ICINGAWEB_BASEDIR . '/library/Icinga/Application/webrouter.php';
