<?php
// Written by the wordpress:6-php8.3-fpm image's entrypoint from the WORDPRESS_DB_* variables,
// then committed (the repository is private).
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'Xq7!vR2p-9sLw#e4' );
define( 'DB_HOST', 'db' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'fT~9+Kq^0o!m$W3@zP#r8^e!N2&hY1*u' );
define( 'SECURE_AUTH_KEY',  'b@4Jv#1Lw^8sQ!e0%Rt6&Xy2*Pz9~Km3' );
define( 'LOGGED_IN_KEY',    'G7!hQ2^kW9@pL4#zR1&tY6*uN3$mB8~c' );
define( 'NONCE_KEY',        'a5%Dq!8Zx^2Lm@7Kp#4Wr&1Ty*9Hn~6Vb' );
define( 'AUTH_SALT',        'Q3@wE6!rT9^yU2#iO5&pA8*sD1~fG4$h' );
define( 'SECURE_AUTH_SALT', 'J7^kL0!zX3@cV6#bN9&mQ2*wE5~rT8$y' );
define( 'LOGGED_IN_SALT',   'U1!iO4^pA7@sD0#fG3&hJ6*kL9~zX2$c' );
define( 'NONCE_SALT',       'V5^bN8!mQ1@wE4#rT7&yU0*iO3~pA6$s' );

$table_prefix = 'wp_';

define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', true );
define( 'WP_DEBUG_DISPLAY', false );

if ( isset( $_SERVER['HTTP_X_FORWARDED_PROTO'] ) && 'https' === $_SERVER['HTTP_X_FORWARDED_PROTO'] ) {
	$_SERVER['HTTPS'] = 'on';
}

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
