<?php // placeholder: legacy open tracking
echo "/wp-content/plugins/civicrm/civicrm/extern/open.php ran\n";
