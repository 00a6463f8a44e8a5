<?php
/* PrestaShop back office entry (placeholder) */
define('_PS_ADMIN_DIR_', __DIR__);
require _PS_ADMIN_DIR_.'/../config/config.inc.php';
