<?php
$databases['default']['default'] = ['password' => 'Tz8mB3qV6nLx2RcK'];
$settings['file_private_path'] = 'sites/shop.example.org/private';
