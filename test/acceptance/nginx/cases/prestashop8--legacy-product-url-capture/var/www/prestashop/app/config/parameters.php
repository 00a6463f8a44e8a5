<?php return array (
  'parameters' => array (
    'database_host' => '127.0.0.1',
    'database_name' => 'prestashop',
    'database_user' => 'prestashop',
    'database_password' => 'not-the-real-one',
  ),
);
