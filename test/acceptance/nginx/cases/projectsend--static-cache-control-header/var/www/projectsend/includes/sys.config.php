<?php
/**
 * Site configuration written at install time (stand-in).
 */
define('DB_DRIVER', 'mysql');
define('DB_NAME', 'projectsend');
define('DB_HOST', 'localhost');
define('DB_USER', 'projectsend');
define('DB_PASSWORD', '820f075d3b7d7dce09fd9f7140d9ae10');
define('TABLES_PREFIX', 'tbl_');
define('SITE_LANG', 'en');
define('MAX_FILESIZE', 2048);
define('EMAIL_ENCODING', 'utf-8');
