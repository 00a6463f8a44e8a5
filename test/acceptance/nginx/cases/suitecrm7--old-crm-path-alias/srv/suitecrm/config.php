<?php
// stand-in: written by the installer
$sugar_config = array (
  'dbconfig' => array (
    'db_host_name' => 'localhost',
    'db_user_name' => 'suitecrm',
    'db_password' => 'a64bea6d5cd84d721b07a2fdd222f90e',
    'db_name' => 'suitecrm',
    'db_type' => 'mysql',
  ),
  'oauth2_encryption_key' => 'j5//EQr8HWwwbAivgvrfmqHFlLl4IQU5OcL0MMACdjY=',
  'unique_key' => '1587a6af3fc83f36203be35e61fcd16f',
  'site_url' => 'https://crm.example.org',
);
