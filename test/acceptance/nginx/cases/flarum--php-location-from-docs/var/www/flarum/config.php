<?php return array (
  'debug' => false,
  'database' =>
  array (
    'driver' => 'mysql',
    'host' => 'localhost',
    'port' => 3306,
    'database' => 'flarum',
    'username' => 'flarum',
    'password' => 'placeholder-not-a-secret',
    'charset' => 'utf8mb4',
    'collation' => 'utf8mb4_unicode_ci',
    'prefix' => 'flarum_',
    'strict' => false,
  ),
  'url' => 'https://discuss.example.net',
  'paths' =>
  array (
    'api' => 'api',
    'admin' => 'admin',
  ),
);
