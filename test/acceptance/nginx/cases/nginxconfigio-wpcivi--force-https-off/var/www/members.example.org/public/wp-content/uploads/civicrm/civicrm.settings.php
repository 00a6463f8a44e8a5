<?php // placeholder: CIVICRM_DSN with the database password, CIVICRM_SITE_KEY
define('CIVICRM_SITE_KEY', 'placeholder-site-key');
