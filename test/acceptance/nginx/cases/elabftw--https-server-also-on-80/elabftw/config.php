<?php
// eLabFTW configuration (kept outside the web root)
define('DB_HOST', 'localhost');
define('DB_PORT', '3306');
define('DB_NAME', 'elabftw');
define('DB_USER', 'elabftw');
define('DB_PASSWORD', 'Xq7c9-elab-db-pass');
define('SECRET_KEY', 'def00000a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9');
