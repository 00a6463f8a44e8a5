<?php if (!defined('PmWiki')) exit();
/* skin.php of the responsive skin (placeholder) */
