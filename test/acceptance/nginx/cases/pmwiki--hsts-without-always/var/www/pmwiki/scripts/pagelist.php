<?php if (!defined('PmWiki')) exit();
/* scripts/pagelist.php placeholder */
