<?php
define( 'DB_NAME', 'wp_example' );
define( 'DB_USER', 'wp_example' );
define( 'DB_PASSWORD', 'Qz7!rX2mPw9kLs4v' );
define( 'DB_HOST', 'localhost:3306' );
define( 'AUTH_KEY', 'y}5r:Bq|0W!+uE4n~hT#k2@fP8s(Lz]c' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'WP_DEBUG_LOG', true );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
