<?php
$txpcfg['db'] = 'textpattern';
$txpcfg['user'] = 'txp';
$txpcfg['pass'] = 'Zq7-v8Lr2xKf';
$txpcfg['host'] = 'localhost';
$txpcfg['table_prefix'] = '';
$txpcfg['txpath'] = '/var/www/textpattern/textpattern';
$txpcfg['dbcharset'] = 'utf8mb4';
