<?php
// EGroupware 23.1 stand-in: admin/phpinfo.php (only for EGroupware admins)
$GLOBALS['egw_info'] = array('flags' => array('currentapp' => 'admin', 'nonavbar' => true));
include('../header.inc.php');
if (!isset($GLOBALS['egw_info']['user']['apps']['admin'])) { exit; }
phpinfo();
