<?php
// Composer autoloader (stand-in).
require_once __DIR__ . "/composer/autoload_real.php";
