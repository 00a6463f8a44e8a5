<?php

$databases['default']['default'] = [
  'driver' => 'mysql',
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => 'Xq7!fR2mPz9w',
  'host' => 'localhost',
  'port' => '3306',
  'prefix' => '',
];

$settings['hash_salt'] = 'kH3w8sPq1vZ0n9dE7bYc5tLm2xRa4uGf6jNiO';
$settings['file_public_path'] = 'sites/default/files';
$settings['file_private_path'] = '/var/www/drupal/private';
$settings['trusted_host_patterns'] = ['^example\.org$', '^www\.example\.org$'];
$settings['config_sync_directory'] = '../config/sync';
