<?php
define( 'DB_NAME', 'admin_wp' );
define( 'DB_USER', 'admin_wp' );
define( 'DB_PASSWORD', 'Vq7!pLr2-wp-db' );
define( 'DB_HOST', 'localhost' );
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
