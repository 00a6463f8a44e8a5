<?php
require dirname(__DIR__, 2) . '/vendor/autoload.php';
(new Ledger\Kernel('admin'))->handle();
