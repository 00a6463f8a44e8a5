<?php
$_configuration['db_host'] = 'localhost';
$_configuration['db_user'] = 'acme_chamilo';
$_configuration['db_password'] = 'S3cr3t-db-pass';
$_configuration['main_database'] = 'acme_chamilo';
$_configuration['security_key'] = '0f5c1e2d3b4a59687766554433221100';
