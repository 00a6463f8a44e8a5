<?php
// Placeholder for Roundcube Webmail 1.6: plugins/password/drivers/sql.php
