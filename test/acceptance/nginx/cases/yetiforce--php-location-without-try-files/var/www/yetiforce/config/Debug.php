<?php
namespace Config;

class Debug
{
	public static $LOG_TO_FILE = true;
}
