<?php
/* PrestaShop 1.7.8 front controller (placeholder) */
require dirname(__FILE__).'/config/config.inc.php';
Dispatcher::getInstance()->dispatch();
