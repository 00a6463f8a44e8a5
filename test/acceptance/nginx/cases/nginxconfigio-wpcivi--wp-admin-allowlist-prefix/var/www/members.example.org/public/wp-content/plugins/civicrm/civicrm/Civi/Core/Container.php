<?php // placeholder: CiviCRM service container
echo "/wp-content/plugins/civicrm/civicrm/Civi/Core/Container.php ran\n";
