<?php
// CiviCRM Standalone settings (written by the installer in the php-fpm container).
define('CIVICRM_UF', 'Standalone');
define('CIVICRM_DSN', 'mysql://civicrm:e4ab7cec19c3b32a655064a934c91a6a@mariadb:3306/civicrm?new_link=true');
define('CIVICRM_UF_DSN', CIVICRM_DSN);
define('CIVICRM_SITE_KEY', '846b20b9d28fc3be7eb9b4f17a68b755');
define('CIVICRM_CRED_KEYS', 'aes-cbc:hkdf-sha256:DUuKX7Mjvt6e82fkg+dEnnoU/ZgUGn2vSh+Djrmi4Cw=');
define('CIVICRM_SIGN_KEYS', 'jwt-hs256:hkdf-sha256:bc44989f0f52e626ce79280024133ff3');
define('CIVICRM_UF_BASEURL', 'https://crm.example.org/');
$civicrm_paths['civicrm.private']['path'] = __DIR__;
$civicrm_paths['civicrm.files']['path'] = dirname(__DIR__) . '/public';
$civicrm_paths['civicrm.files']['url'] = 'https://crm.example.org/public';
