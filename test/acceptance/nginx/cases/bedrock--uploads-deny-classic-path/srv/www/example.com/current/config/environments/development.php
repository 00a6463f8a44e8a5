<?php
use Roots\WPConfig\Config;
Config::define('WP_DEBUG', true);
Config::define('SCRIPT_DEBUG', true);
