<?php
class JConfig {
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'civiuser_j5';
	public $password = 'Xq7#t2LmV9pR';
	public $db = 'civiuser_joomla';
	public $dbprefix = 'j5_';
	public $secret = 'bX2kq9TzP0wLm4Rs';
	public $log_path = '/home/civiuser/public_html/administrator/logs';
	public $tmp_path = '/home/civiuser/public_html/tmp';
}
