<?php
// Chamilo 1.11 platform configuration (written by the installer)
$_configuration['db_host'] = 'localhost';
$_configuration['db_port'] = '3306';
$_configuration['main_database'] = 'c1chamilo';
$_configuration['db_user'] = 'c1chamilo';
$_configuration['db_password'] = 'a70c2ea6645ffde3bae5135ac129e62d';
$_configuration['root_web'] = 'https://campus.example.org/';
$_configuration['root_sys'] = '/var/www/clients/client1/web3/web/';
$_configuration['security_key'] = 'cbd4caaebedf8516ac90af68a71ed9fa';
$_configuration['password_encryption'] = 'bcrypt';
$_configuration['session_lifetime'] = 360000;
$_configuration['software_name'] = 'Chamilo';
$_configuration['system_version'] = '1.11.26';
