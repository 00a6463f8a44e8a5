<?php
// Database connection (stand-in written for this case).
define('XOOPS_DB_TYPE', 'mysql');
define('XOOPS_DB_PREFIX', 'xf3646b');
define('XOOPS_DB_HOST', 'localhost');
define('XOOPS_DB_USER', 'xoops');
define('XOOPS_DB_PASS', 'b38464ee43e99db7bcbaf57249802f8d');
define('XOOPS_DB_NAME', 'xoops');
