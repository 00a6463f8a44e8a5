<?php
$databases['default']['default'] = ['database' => 'drupal', 'username' => 'drupal', 'password' => 'S3cr3t-db-pass', 'host' => 'localhost', 'driver' => 'mysql'];
$settings['hash_salt'] = 'b6f0c2d9e8a7f1e3c5d4b2a1908f7e6d';
