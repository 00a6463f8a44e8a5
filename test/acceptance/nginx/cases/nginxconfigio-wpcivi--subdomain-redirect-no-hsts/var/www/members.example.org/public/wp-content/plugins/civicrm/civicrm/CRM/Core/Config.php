<?php // placeholder: CiviCRM configuration class
echo "/wp-content/plugins/civicrm/civicrm/CRM/Core/Config.php ran\n";
