<?php if (!defined('PmWiki')) exit();
/* scripts/skins.php placeholder */
