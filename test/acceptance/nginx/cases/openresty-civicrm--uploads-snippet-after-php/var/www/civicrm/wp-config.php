<?php // placeholder: WordPress settings
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'placeholder-not-a-secret');
