<?php
define( 'DB_NAME', 'c1blog' );
define( 'DB_USER', 'c1blog' );
define( 'DB_PASSWORD', 'Vb4!mQ8zKe2#tR6w' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'k|9Z@x+3Qv!r)Lm8<Wd^2Ty#Pf6&Hs0$Jc4*Nb7%Ge1;Ua5' );
define( 'SECURE_AUTH_KEY',  'Qe3#Wr5^Ty7&Ui9*Op1(As2)Df4_Gh6+Jk8=Lz0-Xc3~Vb5' );
define( 'LOGGED_IN_KEY',    'Mn8@Bv6!Cx4#Za2$Sd0%Fg9^Hj7&Kl5*Qw3(Er1)Ty8_Ui6' );
define( 'NONCE_KEY',        'Po4+Iu2=Yt0-Re8~Wq6`As4[Df2]Gh0{Jk8}Lz6|Xc4;Vb2' );
define( 'AUTH_SALT',        'Zx1:Cv3<Bn5>Mq7?Wa9,Se2.Dr4/Ft6 Gy8"Hu0\'Ji2!Ko4' );
define( 'SECURE_AUTH_SALT', 'Lp5@Ko7#Ji9$Hu1%Gy3^Ft5&Dr7*Se9(Wa1)Mq3_Bn5+Cv7' );
define( 'LOGGED_IN_SALT',   'Xz2-Cv4=Bn6~Mq8`Wa0[Se2]Dr4{Ft6}Gy8|Hu0;Ji2:Ko4' );
define( 'NONCE_SALT',       'Ty3<Ui5>Op7?As9,Df1.Gh3/Jk5 Lz7"Xc9!Vb1@Nm3#Qw5' );

$table_prefix = 'wp_';

define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', true );
define( 'WP_DEBUG_DISPLAY', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
