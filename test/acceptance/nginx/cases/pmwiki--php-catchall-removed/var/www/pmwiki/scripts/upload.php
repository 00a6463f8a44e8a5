<?php if (!defined('PmWiki')) exit();
/* scripts/upload.php placeholder */
