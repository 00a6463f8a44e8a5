<?php
// Site copy of the settings, kept since the Joomla 3 era.
define('CIVICRM_DSN', 'mysql://civicrm:C1viCRM-db-s3cret@localhost/civicrm?new_link=true');
define('CIVICRM_SITE_KEY', 'b1c4f3e2d5a6978812ab34cd56ef7890');
