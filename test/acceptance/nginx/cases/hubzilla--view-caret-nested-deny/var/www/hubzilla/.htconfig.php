<?php
// Written by Hubzilla's /setup.
$db_host = '127.0.0.1';
$db_port = 0;
$db_user = 'hubzilla';
$db_pass = '5dc8142d7cec5f05f13b618ace090061';
$db_data = 'hubzilla';
$db_type = 0;

App::$config['system']['timezone'] = 'Europe/Berlin';
App::$config['system']['baseurl'] = 'https://hub.example.org';
App::$config['system']['sitename'] = 'Example Hub';
App::$config['system']['location_hash'] = 'f8e8940693083674aabbb839bbf779805cb7a4caf96322d45c0e15412fa23c5c';
App::$config['system']['register_policy'] = REGISTER_CLOSED;
App::$config['system']['admin_email'] = 'admin@example.org';
App::$config['system']['php_path'] = '/usr/bin/php';
App::$config['system']['logfile'] = 'log/hubzilla.log';
