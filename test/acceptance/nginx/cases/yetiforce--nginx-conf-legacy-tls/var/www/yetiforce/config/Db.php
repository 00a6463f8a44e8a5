<?php
namespace Config;

class Db
{
	public static $db_server = 'localhost';
	public static $db_port = '3306';
	public static $db_username = 'yetiforce';
	public static $db_password = 'd925c5b61993ef2fa77a40b369c73ab7';
	public static $db_name = 'yetiforce';
}
