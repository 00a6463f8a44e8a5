<?php
namespace Config;

class Main
{
	public static $site_URL = 'https://crm.example.com/';
	public static $application_unique_key = 'b0b962e36d99e684b619664e31027fd5f939c875ca9b8ee3e7013fb1625f8534';
	public static $default_timezone = 'Europe/Warsaw';
}
