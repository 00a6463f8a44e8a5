<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', '77fbc661155f45408ad243761707dfbc' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY', 'deb58b9b55d63c2adbccb4c7006413d346f7ffafebde96790ef858ff61971a26' );
define( 'SECURE_AUTH_KEY', 'ba82dccf05a48aebdae69a625398c3d0884a69f8ee3a5e180f1ae759544d62ab' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
