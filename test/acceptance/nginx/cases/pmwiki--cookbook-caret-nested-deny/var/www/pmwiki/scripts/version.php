<?php if (!defined('PmWiki')) exit();
/* scripts/version.php placeholder */
