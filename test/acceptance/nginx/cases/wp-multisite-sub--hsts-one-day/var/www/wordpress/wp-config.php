<?php
define('DB_PASSWORD', 'q7Vd2Lr9XkPz4TnB');
define('MULTISITE', true);
define('SUBDOMAIN_INSTALL', true);
define('WP_DEBUG_LOG', true);
