<?php
/* PmWiki 2.3 entry script (placeholder for the case). */
define('PmWiki', 1);
include_once("scripts/stdconfig.php");
