<?php
// PrestaShop front controller (abridged).
require dirname(__FILE__).'/config/config.inc.php';
Dispatcher::getInstance()->dispatch();
