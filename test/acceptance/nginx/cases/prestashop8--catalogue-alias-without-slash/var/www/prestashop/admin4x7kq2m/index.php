<?php
// PrestaShop back office front controller (abridged); the folder name is the shop's secret.
define('_PS_ADMIN_DIR_', __DIR__);
require dirname(__FILE__).'/../config/config.inc.php';
