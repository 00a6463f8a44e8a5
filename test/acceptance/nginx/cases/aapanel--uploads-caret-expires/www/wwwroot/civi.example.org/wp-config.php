<?php
define( 'DB_NAME', 'civi_example_org' );
define( 'DB_USER', 'civi_example_org' );
define( 'DB_PASSWORD', 'Tq7wK2pXr9LmZ4sV' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY', 'k2#VqL9!xR4zP7wM' );
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
