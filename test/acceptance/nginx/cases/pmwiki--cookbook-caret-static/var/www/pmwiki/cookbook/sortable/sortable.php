<?php if (!defined('PmWiki')) exit();
/* cookbook recipe placeholder */
