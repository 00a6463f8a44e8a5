<?php
define( 'DB_NAME', 'shop' );
define( 'DB_USER', 'shop' );
define( 'DB_PASSWORD', 'Xq7v!shop-db-2025' );
define( 'AUTH_KEY', 'k9#mT2xw;Lp0' );
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
