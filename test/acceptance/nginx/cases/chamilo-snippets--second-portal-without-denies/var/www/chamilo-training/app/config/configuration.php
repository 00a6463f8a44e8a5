<?php
/* For licensing terms, see /license.txt */
$_configuration['db_host'] = 'localhost';
$_configuration['db_user'] = 'chamilo_training';
$_configuration['db_password'] = 'Tr41n-db-s3cret';
$_configuration['main_database'] = 'chamilo_training';
$_configuration['root_web'] = 'https://training.example.edu/';
$_configuration['security_key'] = 'a90c77e1d2f34b5c8e61';
$_configuration['password_encryption'] = 'bcrypt';
