<?php

$databases['default']['default'] = [
  'driver' => 'mysql',
  'database' => 'drupal_shop',
  'username' => 'drupal_shop',
  'password' => getenv('DRUPAL_SHOP_DB_PASSWORD'),
  'host' => 'localhost',
  'prefix' => '',
];

$settings['hash_salt'] = file_get_contents('/var/www/drupal/private/shop-salt.txt');
$settings['file_public_path'] = 'sites/shop/files';
$settings['file_private_path'] = '/var/www/drupal/private/shop';
$settings['trusted_host_patterns'] = ['^shop\.example\.org$'];
$settings['config_sync_directory'] = '../config/shop';
