<?php
// Drupal database update script (stand-in).
$autoloader = require_once "autoload.php";
