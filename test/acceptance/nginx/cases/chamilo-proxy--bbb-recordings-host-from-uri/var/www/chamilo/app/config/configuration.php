<?php
/* For licensing terms, see /license.txt */
$_configuration['db_host'] = 'localhost';
$_configuration['db_user'] = 'chamilo';
$_configuration['db_password'] = 'Wq8-chamilo-db-s3cret';
$_configuration['main_database'] = 'chamilo';
$_configuration['root_web'] = 'https://campus.example.edu/';
$_configuration['security_key'] = '5e1d2bc0a8f94c3e9b7d';
$_configuration['password_encryption'] = 'bcrypt';
