<?php
// Extension hooks (stand-in).
require_once "donate.civix.php";
function donate_civicrm_config(&$config) {}
