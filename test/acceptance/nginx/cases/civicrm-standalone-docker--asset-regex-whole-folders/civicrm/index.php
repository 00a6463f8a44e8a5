<?php
// Stand-in for CiviCRM Standalone's front controller: every /civicrm/... route ends here.
require_once __DIR__ . '/civicrm.standalone.php';
