<?php // placeholder: CiviCRM WordPress plugin main file
echo "/wp-content/plugins/civicrm/civicrm.php ran\n";
