<?php
// e107 website system: settings written by the installer
$mySQLserver    = 'localhost';
$mySQLuser      = 'e107_cms';
$mySQLpassword  = '1bcc592cfd6cc0d23b927888fc666367';
$mySQLdefaultdb = 'e107_cms';
$mySQLprefix    = 'e107_';
$mySQLcharset   = 'utf8mb4';

$ADMIN_DIRECTORY     = 'e107_admin/';
$FILES_DIRECTORY     = 'e107_files/';
$IMAGES_DIRECTORY    = 'e107_images/';
$THEMES_DIRECTORY    = 'e107_themes/';
$PLUGINS_DIRECTORY   = 'e107_plugins/';
$HANDLERS_DIRECTORY  = 'e107_handlers/';
$LANGUAGES_DIRECTORY = 'e107_languages/';
$HELP_DIRECTORY      = 'e107_docs/help/';
$MEDIA_DIRECTORY     = 'e107_media/';
$SYSTEM_DIRECTORY    = 'e107_system/';

$E107_CONFIG = array('site_path' => 'b1c00869ea');
define('e_INSTALL_SALT', '6a6101e3fb2beb68e83d6b04c19c5fb2');
