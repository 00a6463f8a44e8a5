<?php
// placeholder of CiviCRM's settings file (stand-in values, not real credentials)
define('CIVICRM_DSN', 'mysql://civicrm:PLACEHOLDER@db:3306/civicrm?new_link=true');
define('CIVICRM_SITE_KEY', 'placeholder-site-key');
define('CIVICRM_CRED_KEYS', 'placeholder-cred-key');
