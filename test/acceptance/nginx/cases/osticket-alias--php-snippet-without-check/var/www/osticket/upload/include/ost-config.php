<?php
// stand-in for the ost-config.php written by osTicket's installer
if (!defined('OSTINSTALLED')) define('OSTINSTALLED', TRUE);
define('SECRET_SALT', 'b1aacc00c14d5c503110f9465504aa22');
define('ADMIN_EMAIL', 'helpdesk-admin@example.com');
define('DBTYPE', 'mysql');
define('DBHOST', 'localhost');
define('DBNAME', 'osticket');
define('DBUSER', 'osticket');
define('DBPASS', '482e93145d690de519c23ab7b21b8614');
define('TABLE_PREFIX', 'ost_');
