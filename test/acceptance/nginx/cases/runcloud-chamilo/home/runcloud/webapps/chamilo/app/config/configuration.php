<?php
// Chamilo 1.11 platform configuration (written by the installer)
$_configuration['db_host'] = 'localhost';
$_configuration['db_port'] = '3306';
$_configuration['main_database'] = 'chamilo_db';
$_configuration['db_user'] = 'chamilo_db';
$_configuration['db_password'] = '9d41f0c7b2e85a36de17c4f09a8b52e1';
$_configuration['root_web'] = 'https://campus.example.org/';
$_configuration['root_sys'] = '/home/runcloud/webapps/chamilo/';
$_configuration['security_key'] = '5be2a9c71f03d84e6a19c0b7f2d58e34';
$_configuration['password_encryption'] = 'bcrypt';
$_configuration['session_lifetime'] = 360000;
$_configuration['software_name'] = 'Chamilo';
$_configuration['system_version'] = '1.11.26';
