<?php
// stand-in for Symfony Runtime autoloader
require __DIR__."/autoload.php";
