<?php if (!defined('PmWiki')) exit();
/* scripts/stdconfig.php placeholder */
