<?php
// Automad front controller (stub).
define('AUTOMAD', true);
require __DIR__ . '/automad/init.php';
