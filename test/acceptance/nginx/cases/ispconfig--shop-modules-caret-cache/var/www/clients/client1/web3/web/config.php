<?php
// created: 2024-05-02 10:41:17
$sugar_config = array (
  'dbconfig' =>
  array (
    'db_host_name' => 'localhost',
    'db_host_instance' => '',
    'db_user_name' => 'c1crm',
    'db_password' => 'Nz7$uK3pW9!eRq2x',
    'db_name' => 'c1crm',
    'db_type' => 'mysql',
    'db_port' => '',
    'db_manager' => 'MysqliManager',
  ),
  'host_name' => 'crm.example.net',
  'installer_locked' => true,
  'log_dir' => '.',
  'log_file' => 'suitecrm.log',
  'site_url' => 'https://crm.example.net',
  'unique_key' => '8c1d6f3a9e2b7c4d0a5f8e1b3c6d9a2f',
  'upload_dir' => 'upload/',
  'cache_dir' => 'cache/',
);
