<?php
$databases['default']['default'] = ['database' => 'shop', 'username' => 'shop', 'password' => 'Hw5cJ9tB2xV7nQ4z', 'host' => 'localhost', 'driver' => 'mysql'];
$settings['hash_salt'] = 'Z3kL8qW1xN6vB4mT9rC2yH7pD5sF0gJa';
$settings['file_private_path'] = 'sites/shop/private';
