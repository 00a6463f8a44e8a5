<?php if (!defined('PmWiki')) exit();
/* scripts/authuser.php placeholder */
