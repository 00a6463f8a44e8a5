<?php // placeholder: wp-content/plugins/civicrm/civicrm/extern/ipn.php
