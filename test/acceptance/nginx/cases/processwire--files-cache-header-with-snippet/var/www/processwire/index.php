<?php namespace ProcessWire;
// ProcessWire front controller (placeholder)
define("PROCESSWIRE", 300);
require(__DIR__ . "/wire/core/ProcessWire.php");
