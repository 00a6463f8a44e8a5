<?php
// CiviCRM Standalone front controller
require_once __DIR__ . '/vendor/autoload.php';
