<?php
// XOOPS main configuration (stand-in written for this case).
define('XOOPS_ROOT_PATH', '/var/www/xoops/htdocs');
define('XOOPS_PATH', '/var/www/xoops/htdocs/xoops_lib');
define('XOOPS_VAR_PATH', '/var/www/xoops/htdocs/xoops_data');
define('XOOPS_TRUST_PATH', XOOPS_PATH);
define('XOOPS_URL', 'https://www.example.org');
define('XOOPS_COOKIE_DOMAIN', 'example.org');
include_once XOOPS_VAR_PATH . '/data/secure.php';
