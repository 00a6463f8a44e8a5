<?php // placeholder: legacy click-through tracking
echo "/wp-content/plugins/civicrm/civicrm/extern/url.php ran\n";
