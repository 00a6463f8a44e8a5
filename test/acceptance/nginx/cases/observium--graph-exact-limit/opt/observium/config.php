<?php
// Observium configuration (hand-written on install; the rest lives in the web settings).
$config['db_host'] = 'localhost';
$config['db_name'] = 'observium';
$config['db_user'] = 'observium';
$config['db_pass'] = 'cf3fee48dd8c82e06f0c742f52772758';

$config['install_dir'] = "/opt/observium";
$config['base_url'] = "https://observium.example.net/";

$config['snmp']['version'] = "v2c";
$config['snmp']['community'] = ["41cd272e3252ee1923f6322504f4ba24"];
$config['snmp']['v3'][0]['authlevel'] = "authPriv";
$config['snmp']['v3'][0]['authname'] = "observium";
$config['snmp']['v3'][0]['authpass'] = "7f6b69e0022dc4f2d247fa723228d454";
$config['snmp']['v3'][0]['authalgo'] = "SHA";
$config['snmp']['v3'][0]['cryptopass'] = "2bf85e88260102d430f5b551ba4b7f63";
$config['snmp']['v3'][0]['cryptoalgo'] = "AES";

$config['auth_mechanism'] = "mysql";
$config['poller-wrapper']['alerter'] = TRUE;
