<?php
// SuiteCRM 8 front controller (Symfony).
require dirname(__DIR__) . "/vendor/autoload_runtime.php";
