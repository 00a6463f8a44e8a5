<?php
/**
 * @package Dotclear
 *
 * Written by the installation wizard (admin/install/wizard.php).
 */
if (!defined('DC_RC_PATH')) {
    return;
}

define('DC_DBDRIVER', 'mysqlimb4');
define('DC_DBHOST', 'localhost');
define('DC_DBUSER', 'dotclear');
define('DC_DBPASSWORD', 'f1cb1d0aa8a85b75a61c14f3508858ad');
define('DC_DBNAME', 'dotclear');
define('DC_DBPREFIX', 'dc_');
define('DC_DBPERSIST', false);
define('DC_MASTER_KEY', '85fb3503bd880ebd19ed5d81bca5f18a');
define('DC_ADMIN_URL', 'https://carnet.example.org/admin/');
define('DC_ADMIN_MAILFROM', 'carnet@example.org');
define('DC_SESSION_NAME', 'dcxd');
define('DC_PLUGINS_ROOT', __DIR__ . '/../plugins');
define('DC_TPL_CACHE', __DIR__ . '/../cache');
define('DC_VAR', __DIR__ . '/../var');
define('DC_CRYPT_ALGO', 'sha512');
