<?php
define('HTTP_SERVER', 'https://shop.example.com');
define('DIR_WS_CATALOG', '/');
define('DIR_FS_CATALOG', '/var/www/zencart/');
define('DB_TYPE', 'mysql');
define('DB_PREFIX', '');
define('DB_CHARSET', 'utf8mb4');
define('DB_SERVER', 'localhost');
define('DB_SERVER_USERNAME', 'zencart');
define('DB_SERVER_PASSWORD', 'S3cr3t-DB-passw0rd');
define('DB_DATABASE', 'zencart');
define('SQL_CACHE_METHOD', 'none');
