<?php
// Included by includes/bootstrap.php only (stand-in).
require __DIR__ . "/vendor/autoload.php";
