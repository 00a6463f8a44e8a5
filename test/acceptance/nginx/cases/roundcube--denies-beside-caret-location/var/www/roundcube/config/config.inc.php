<?php
// Placeholder for Roundcube Webmail 1.6: config/config.inc.php (db_dsnw, des_key, imap_host)
