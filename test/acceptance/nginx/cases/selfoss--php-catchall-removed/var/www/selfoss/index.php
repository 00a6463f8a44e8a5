<?php
// stand-in: selfoss front controller (routes every request through the router)
require __DIR__ . '/src/common.php';
