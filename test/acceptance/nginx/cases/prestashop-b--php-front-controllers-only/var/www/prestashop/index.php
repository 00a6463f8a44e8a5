<?php
// Stand-in for the shop's front controller.
require __DIR__ . '/config/config.inc.php';
Dispatcher::getInstance()->dispatch();
