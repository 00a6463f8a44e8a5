<?php
define('DB_NAME', 'wp_network');
define('DB_USER', 'wp_network');
define('DB_PASSWORD', 'dc5c529175f93fd0de008ed2d6c90603');
define('DB_HOST', 'localhost');
define('AUTH_KEY', 'e2d638a060ebfe8867dc5124b35792db28185f10e9b0f58b94ac564627ef731e');
define('SECURE_AUTH_KEY', '88a1ca54c6e1095a4b0d3ce8715daf91664e764c090cbed8f0250f96f37bc9f4');
define('WP_ALLOW_MULTISITE', true);
define('MULTISITE', true);
define('SUBDOMAIN_INSTALL', false);
define('DOMAIN_CURRENT_SITE', 'network.example.org');
define('PATH_CURRENT_SITE', '/');
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
