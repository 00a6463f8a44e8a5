<?php
/**
 *  MODX Configuration file
 */
$database_type = 'mysql';
$database_server = 'localhost';
$database_user = 'modx';
$database_password = 'Zq8-wP3rN5vT';
$database_connection_charset = 'utf8mb4';
$dbase = 'modx';
$table_prefix = 'modx_';
$database_dsn = 'mysql:host=localhost;dbname=modx;charset=utf8mb4';
$config_options = array ();
$driver_options = array ();
$lastInstallTime = 1733400000;
$site_id = 'modx6752a1c0e4a8f3.41297553';
$site_sessionname = 'SN6752a1c0d8b6e';
$https_port = '443';
$uuid = '4a2d7e0c-3f7b-4e1f-9c3a-6d1e8b5f2a90';
if (!defined('MODX_CORE_PATH')) {
    $modx_core_path= '/var/www/modx/core/';
    define('MODX_CORE_PATH', $modx_core_path);
}
