<?php

$databases['default']['default'] = [
  'driver' => 'mysql',
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => getenv('DRUPAL_DB_PASSWORD'),
  'host' => 'localhost',
  'prefix' => '',
];

$settings['hash_salt'] = file_get_contents('/var/www/drupal/private/salt.txt');
$settings['file_public_path'] = 'sites/default/files';
$settings['file_private_path'] = '/var/www/drupal/private';
$settings['trusted_host_patterns'] = ['^example\.org$', '^www\.example\.org$'];
$settings['config_sync_directory'] = '../config/sync';
