<?php
// Written by the installer, then edited by hand.
$databases = array(
  'default' => array(
    'default' => array(
      'database' => 'drupal7',
      'username' => 'drupal7',
      'password' => '91aa631b766b425e9275c26124434299',
      'host' => 'db.internal',
      'port' => '',
      'driver' => 'mysql',
      'prefix' => '',
    ),
  ),
);
$drupal_hash_salt = 'rkmcEcb3yhUsxoBRYt-m-dk4rJW7byrBF2RcG7VwNOg';
$base_url = 'https://d7.example.org';
$conf['file_public_path'] = 'sites/default/files';
$conf['file_private_path'] = 'sites/default/files/private';
$conf['cron_key'] = 'a3c9cf79ef535508b2c7242def5f35c0';
