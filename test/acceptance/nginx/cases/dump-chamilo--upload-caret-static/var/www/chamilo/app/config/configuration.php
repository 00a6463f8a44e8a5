<?php
// Chamilo 1.11: app/config/configuration.php
$_configuration['db_host'] = 'localhost';
$_configuration['db_user'] = 'chamilo';
$_configuration['db_password'] = 'not-the-real-one';
$_configuration['main_database'] = 'chamilo';
