<?php
// placeholder settings file; the values below are dummies, not real secrets
define('CIVICRM_DSN', 'mysql://civicrm:dummy-password-not-real@127.0.0.1/civicrm?new_link=true');
define('CIVICRM_SITE_KEY', 'placeholder-site-key-0000');
define('CIVICRM_CRED_KEYS', 'aes-cbc::placeholder-cred-key');
