<?php // placeholder: legacy REST endpoint
echo "/wp-content/plugins/civicrm/civicrm/extern/rest.php ran\n";
