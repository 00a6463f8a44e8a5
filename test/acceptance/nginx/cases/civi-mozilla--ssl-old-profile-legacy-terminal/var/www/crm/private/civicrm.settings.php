<?php
define('CIVICRM_UF', 'Standalone');
define('CIVICRM_DSN', 'mysql://civicrm:Wq8-xT3r-91kd@localhost/civicrm?new_link=true');
define('CIVICRM_SITE_KEY', '3d9c1f7a2b8e4d6f0a1c2e3b4d5f6a7b');
define('CIVICRM_CRED_KEYS', 'aes-cbc::Yk1zT0p1dE5vdGFyZWFsa2V5MTIzNDU2Nzg5MA==');
$civicrm_paths['civicrm.private']['path'] = '/var/www/crm/private';
$civicrm_paths['civicrm.files']['path'] = '/var/www/crm/web/public';
