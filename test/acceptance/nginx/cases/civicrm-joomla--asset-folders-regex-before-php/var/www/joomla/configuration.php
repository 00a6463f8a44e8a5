<?php
class JConfig {
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'joomla';
	public $password = 'J00mla-db-s3cret';
	public $db = 'joomla';
	public $dbprefix = 'jos_';
	public $secret = 'pJ6qXkYvT3mB9wRz';
	public $tmp_path = '/var/www/joomla/tmp';
	public $log_path = '/var/www/joomla/administrator/logs';
	public $sef = true;
	public $sef_rewrite = true;
}
