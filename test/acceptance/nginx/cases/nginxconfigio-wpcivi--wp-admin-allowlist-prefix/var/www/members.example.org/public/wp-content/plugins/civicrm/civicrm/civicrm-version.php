<?php // placeholder: CiviCRM version
echo "/wp-content/plugins/civicrm/civicrm/civicrm-version.php ran\n";
