<?php
// Retired REST endpoint (stand-in).
require_once "../civicrm.config.php";
