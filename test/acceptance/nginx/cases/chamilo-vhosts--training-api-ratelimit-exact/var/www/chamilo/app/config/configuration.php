<?php
// Chamilo 1.11 configuration (stand-in written for this test case)
$_configuration['db_host'] = 'db.internal.example.edu';
$_configuration['db_port'] = '3306';
$_configuration['main_database'] = 'chamilo';
$_configuration['db_user'] = 'chamilo';
$_configuration['db_password'] = 'c631498fb8cd961380a9e41eb9389f57';
$_configuration['root_web'] = 'https://campus.example.edu/';
$_configuration['root_sys'] = '/var/www/chamilo/';
$_configuration['multiple_access_urls'] = true;
$_configuration['security_key'] = '68397044629629a4fab018c0f78a5b9c';
$_configuration['password_encryption'] = 'bcrypt';
$_configuration['system_version'] = '1.11.26';
