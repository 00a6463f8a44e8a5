<?php
// stand-in for Composer autoloader
return require __DIR__."/composer/autoload_real.php";
