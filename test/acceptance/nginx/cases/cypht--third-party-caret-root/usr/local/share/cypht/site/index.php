<?php
/* Cypht 2.x production front controller (config_gen.php) */
define('APP_PATH', '/usr/local/share/cypht/');
