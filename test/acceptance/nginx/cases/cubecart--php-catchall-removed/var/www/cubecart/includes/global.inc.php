<?php
// written by the installer
$glob['dbdatabase'] = 'cubecart';
$glob['dbhost'] = 'localhost';
$glob['dbusername'] = 'cubecart';
$glob['dbpassword'] = '2a65316d7aa01cd0fad4182caa39eb82';
$glob['installed'] = '1';
$glob['adminFolder'] = 'admin_Kq3v9Z';
$glob['adminFile'] = 'admin_Tb7x2R.php';
$glob['cache'] = 'file';
$glob['encryption_key'] = '35bda5668f9e85a1291c6b2eee7bdcd0';
