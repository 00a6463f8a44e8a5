<?php
/* PrestaShop config.inc.php (placeholder) */
require_once __DIR__.'/defines.inc.php';
require_once __DIR__.'/bootstrap.php';
