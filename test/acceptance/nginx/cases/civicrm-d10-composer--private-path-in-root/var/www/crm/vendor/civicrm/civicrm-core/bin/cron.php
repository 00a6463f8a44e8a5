<?php
// Scheduled jobs by URL (stand-in).
require_once "../civicrm.config.php";
