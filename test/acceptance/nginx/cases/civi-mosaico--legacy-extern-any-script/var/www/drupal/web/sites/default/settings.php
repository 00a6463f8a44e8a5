<?php
$databases['default']['default'] = ['driver' => 'mysql', 'database' => 'drupal', 'username' => 'drupal', 'password' => 'Dru-9f3kq2LmZ', 'host' => 'localhost'];
$settings['hash_salt'] = 'kq3Zr8v1XpL0aN6tW2yB5cF7hJ9mQ4sD';
$settings['file_private_path'] = '/var/www/drupal/private';
$settings['config_sync_directory'] = '../config/sync';
