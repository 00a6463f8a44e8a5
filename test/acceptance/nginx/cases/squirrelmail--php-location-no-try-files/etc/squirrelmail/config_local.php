<?php
/* Local config overrides (Debian: /etc/squirrelmail/config_local.php) */
