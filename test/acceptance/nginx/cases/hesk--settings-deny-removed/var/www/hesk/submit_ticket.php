<?php
define('IN_SCRIPT', 1);
define('HESK_PATH', './');
require(HESK_PATH . 'hesk_settings.inc.php');
require(HESK_PATH . 'inc/common.inc.php');
