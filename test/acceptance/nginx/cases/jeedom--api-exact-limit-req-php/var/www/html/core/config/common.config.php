<?php
define('DEBUG', 0);
global $CONFIG;
$CONFIG = array(
	'db' => array(
		'host' => 'localhost',
		'port' => '3306',
		'dbname' => 'jeedom',
		'username' => 'jeedom',
		'password' => 'b260baa671e6fd922bec9aac1be3e70f',
	),
);
