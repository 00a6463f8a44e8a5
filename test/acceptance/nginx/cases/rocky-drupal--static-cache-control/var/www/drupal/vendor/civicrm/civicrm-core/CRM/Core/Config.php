<?php // placeholder: CiviCRM core class
echo "RAN var/www/drupal/vendor/civicrm/civicrm-core/CRM/Core/Config.php\n";
