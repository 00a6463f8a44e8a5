<?php
// placeholder: CiviCRM Standalone front controller. The real one boots
// civicrm.standalone.php and dispatches the /civicrm/* route it reads from
// REQUEST_URI; this stand-in only opens the session and names itself.
session_start();
echo "civicrm front controller: " . $_SERVER['REQUEST_URI'] . "\n";
