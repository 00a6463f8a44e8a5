<?php // placeholder settings for www.example.org
$databases['default']['default'] = [
  'database' => 'drupal', 'username' => 'drupal', 'password' => 'placeholder-not-real',
  'host' => 'localhost', 'driver' => 'mysql',
];
$settings['hash_salt'] = 'placeholder-salt';
$settings['file_private_path'] = '../private';
$settings['trusted_host_patterns'] = ['^www\.example\.org$', '^example\.org$'];
echo "RAN sites/default/settings.php\n";
