<?php
class JConfig {
	public $sitename = 'Example Org';
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'joomla_www';
	public $password = '85a725c62901dbcb23a6ec6d31b7705a';
	public $db = 'joomla_www';
	public $dbprefix = 'x7k2_';
	public $secret = '7c68b0fc2fed8204a543b898af5ea1e8';
	public $log_path = '/var/www/joomla/administrator/logs';
	public $tmp_path = '/var/www/joomla/tmp';
	public $sef = true;
	public $sef_rewrite = true;
}
