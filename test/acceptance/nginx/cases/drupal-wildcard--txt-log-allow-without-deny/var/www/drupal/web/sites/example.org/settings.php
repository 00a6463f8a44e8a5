<?php
$databases['default']['default'] = ['password' => 'Rk2v9QxL7pWz3NcT'];
$settings['file_private_path'] = 'sites/example.org/private';
