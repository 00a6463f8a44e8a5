<?php
// Drupal site settings (stand-in for the case).
$databases['default']['default'] = [
  'database' => 'crm_drupal',
  'username' => 'crm_drupal',
  'password' => '661263c2bfbd86203a84b6341ce65c7c',
  'host' => 'localhost',
  'driver' => 'mysql',
];
$settings['hash_salt'] = '9f27bdfe04715cf45a485df878c657598d28a0c80325413dfb72731f71455155';
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '../private';
$settings['trusted_host_patterns'] = ['^crm\.example\.org$'];
