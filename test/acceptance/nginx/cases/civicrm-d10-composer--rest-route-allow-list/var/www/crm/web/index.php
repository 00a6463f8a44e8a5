<?php
// Drupal front controller (stand-in).
use Drupal\Core\DrupalKernel;
$autoloader = require_once "autoload.php";
