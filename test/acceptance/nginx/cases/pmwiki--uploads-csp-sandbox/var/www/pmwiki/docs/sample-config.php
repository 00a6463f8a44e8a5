<?php if (!defined('PmWiki')) exit();
/* sample configuration shipped in docs/ (placeholder) */
