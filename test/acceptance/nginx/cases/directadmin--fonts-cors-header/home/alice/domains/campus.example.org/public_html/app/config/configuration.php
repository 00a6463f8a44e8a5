<?php
$_configuration['db_host'] = 'localhost';
$_configuration['db_user'] = 'alice_chamilo';
$_configuration['db_password'] = 'Xq7-pretend-secret';
$_configuration['main_database'] = 'alice_chamilo';
$_configuration['security_key'] = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
