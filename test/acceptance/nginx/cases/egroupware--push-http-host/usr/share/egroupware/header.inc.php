<?php
// Written by setup/manageheader.php (stand-in with random values).
$GLOBALS['egw_info']['server']['header_admin_user'] = 'admin';
$GLOBALS['egw_info']['server']['header_admin_password'] = '{plain}94f094051f19c8621d11e8ceed7b5dc7';
$GLOBALS['egw_info']['server']['server_root'] = '/usr/share/egroupware';
$GLOBALS['egw_info']['server']['include_root'] = '/usr/share/egroupware';
$GLOBALS['egw_info']['server']['mcrypt_enabled'] = false;
$GLOBALS['egw_info']['server']['db_persistent'] = true;
$GLOBALS['egw_info']['server']['mcrypt_iv'] = '0d97ec56135d1616b51c177e01fe8fcb';
$GLOBALS['egw_domain']['default'] = array(
    'db_host' => 'localhost',
    'db_port' => '3306',
    'db_name' => 'egroupware',
    'db_user' => 'egroupware',
    'db_pass' => '1eba489754526739c23bbdb3763972d6',
    'db_type' => 'mysqli',
    'config_user' => 'admin',
    'config_passwd' => '{plain}9a78981c45d47442c2b5320ed87ce172',
);
