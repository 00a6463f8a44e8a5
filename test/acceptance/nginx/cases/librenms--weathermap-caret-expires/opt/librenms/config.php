<?php
## Have a look in misc/config_definitions.json for examples of settings you can use.
## Most settings are now stored in the database (lnms config:set).

$config['user'] = 'librenms';
$config['base_url'] = '/';
$config['snmp']['community'] = ['n0c-R3ad-0nly-7q2x'];
$config['auth_mechanism'] = 'mysql';
$config['update'] = 0;
