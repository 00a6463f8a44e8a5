<?php
// Composer autoloader (stand-in).
require __DIR__ . "/composer/autoload_real.php";
