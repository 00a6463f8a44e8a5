<?php
// Placeholder for Roundcube Webmail 1.6: plugins/password/config.inc.php (password_db_dsn)
