<?php
namespace Config;

class Security
{
	public static $USER_ENCRYPT_PASSWORD_COST = 10;
	public static $MAX_LIFETIME_SESSION = 900;
}
