<?php
// Webinoly keeps wp-config.php one level above htdocs.
define( 'DB_NAME', 'example_org' );
define( 'DB_USER', 'example_org' );
define( 'DB_PASSWORD', 'kT3vX9qLm2Rz8wPa' );
define( 'DB_HOST', 'localhost' );
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
