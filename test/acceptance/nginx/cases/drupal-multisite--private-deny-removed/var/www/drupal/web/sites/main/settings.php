<?php
$databases['default']['default'] = ['database' => 'main', 'username' => 'main', 'password' => 'Tq8vN3kX7mR2pL6w', 'host' => 'localhost', 'driver' => 'mysql'];
$settings['hash_salt'] = 'p0Yy3xQzJ1v8Wc5nK7rT2bM9dF4hL6sA';
$settings['file_private_path'] = 'sites/main/private';
