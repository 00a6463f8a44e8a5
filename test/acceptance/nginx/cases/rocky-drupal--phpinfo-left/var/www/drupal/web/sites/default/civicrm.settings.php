<?php // placeholder CiviCRM settings
define('CIVICRM_DSN', 'mysql://civicrm:placeholder-not-real@localhost/civicrm');
define('CIVICRM_SITE_KEY', 'placeholder-site-key');
echo "RAN sites/default/civicrm.settings.php\n";
