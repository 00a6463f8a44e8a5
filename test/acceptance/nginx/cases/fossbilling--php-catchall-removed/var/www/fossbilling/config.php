<?php
// Placeholder for the installer's output: database credentials and the encryption salt.
return [
    'db' => ['host' => 'localhost', 'name' => 'fossbilling', 'user' => 'fossbilling', 'password' => 'placeholder'],
    'info' => ['salt' => 'placeholder'],
    'admin_area_prefix' => '/admin',
];
