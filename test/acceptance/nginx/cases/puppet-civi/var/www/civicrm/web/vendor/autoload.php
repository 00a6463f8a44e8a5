<?php
// placeholder: Composer autoloader
require __DIR__ . "/composer/autoload_real.php";
