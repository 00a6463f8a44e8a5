<?php
/* Cacti 1.2 include/config.php (main data collector) */
$database_type     = 'mysql';
$database_default  = 'cacti';
$database_hostname = 'localhost';
$database_username = 'cactiuser';
$database_password = 'Xn4-example-only';
$database_port     = '3306';
$database_retries  = 5;
$database_ssl      = false;
$poller_id = 1;
$url_path = '/';
$cacti_session_name = 'Cacti';
$cacti_db_session = false;
$disable_log_rotation = false;
