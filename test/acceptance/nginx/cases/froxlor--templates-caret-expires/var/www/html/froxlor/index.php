<?php
// froxlor login / dashboard dispatcher
require __DIR__ . '/lib/init.php';
