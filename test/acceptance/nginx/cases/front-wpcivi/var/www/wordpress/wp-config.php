<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'Xk7#pQ2v9LmN4rT8' );
define( 'AUTH_KEY', 'n3V!q8...' );
define( 'WP_DEBUG_LOG', true );
require_once ABSPATH . 'wp-settings.php';
