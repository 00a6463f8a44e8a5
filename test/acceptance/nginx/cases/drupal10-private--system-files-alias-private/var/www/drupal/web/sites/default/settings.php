<?php
// Site settings (written for this case).
$databases['default']['default'] = [
  'database' => 'drupal10',
  'username' => 'drupal10',
  'password' => '51807a2d347d422452b975dab9d380f4',
  'host' => 'localhost',
  'driver' => 'mysql',
];
$settings['hash_salt'] = '9dc56acdfd1ca4724334533812dd2166687aaf667c89c11cac061e01159a0a22';
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = 'sites/default/files/private';
$settings['trusted_host_patterns'] = ['^www\.example\.net$'];
if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
  include $app_root . '/' . $site_path . '/settings.local.php';
}
