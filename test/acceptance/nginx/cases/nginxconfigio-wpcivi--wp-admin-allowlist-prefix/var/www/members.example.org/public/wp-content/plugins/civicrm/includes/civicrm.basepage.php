<?php // placeholder: CiviCRM base page handler
echo "/wp-content/plugins/civicrm/includes/civicrm.basepage.php ran\n";
