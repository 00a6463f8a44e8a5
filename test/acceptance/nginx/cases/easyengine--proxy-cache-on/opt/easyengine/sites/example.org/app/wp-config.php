<?php
// EasyEngine moves wp-config.php one level above the document root (/var/www/wp-config.php)
define( 'DB_NAME', 'example_org' );
define( 'DB_USER', 'example.org-kTq9x' );
define( 'DB_PASSWORD', 'Xr8vN2pLq4sT7wYz' );
define( 'DB_HOST', 'global-db' );
define( 'AUTH_KEY', 'k3#Q!v9@Lm2^Zp7&Rt5*Wx1(Yb8)Nc4' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/htdocs/' ); }
require_once ABSPATH . 'wp-settings.php';
