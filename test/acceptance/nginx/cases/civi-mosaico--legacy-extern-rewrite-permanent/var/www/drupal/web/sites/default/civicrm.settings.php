<?php
define('CIVICRM_DSN', 'mysql://civicrm:Cv-71bXwq0Pz@localhost/civicrm?new_link=true');
define('CIVICRM_SITE_KEY', 'a8f3c2e19b7d4f6a0c5e8b2d1f9a7c3e');
define('_CIVICRM_CRED_KEYS', 'aes-cbc:hkdf-sha256:Qm9uZG9rLWZha2Uta2V5LWZvci10ZXN0');
global $civicrm_paths;
$civicrm_paths['civicrm.private']['path'] = '/var/www/drupal/private/civicrm';
