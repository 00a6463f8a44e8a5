<?php
/* OpenCATS configuration (stand-in written for this case). */
define('DATABASE_USER', 'opencats');
define('DATABASE_PASS', '989a6635b88fa4318e204bffa5052e04');
define('DATABASE_HOST', 'localhost');
define('DATABASE_NAME', 'opencats');
define('CATS_TEMP_DIR', './temp');
define('SSL_ENABLED', true);
