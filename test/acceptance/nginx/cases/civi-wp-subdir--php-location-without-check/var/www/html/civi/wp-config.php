<?php
define('DB_NAME', 'wp_civi');
define('DB_USER', 'wp_civi');
define('DB_PASSWORD', 'q7Rz2vLk9TmXw4Hc8NpB');
define('DB_HOST', 'localhost');
define('AUTH_KEY', 'Vb3#kQ9!mZ2@xR7$pL5%tW8^nH4&jF6*');
define('SECURE_AUTH_KEY', 'cD1(eG3)hJ5-kM7_nP9+qS2=uV4{wY6}');
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
