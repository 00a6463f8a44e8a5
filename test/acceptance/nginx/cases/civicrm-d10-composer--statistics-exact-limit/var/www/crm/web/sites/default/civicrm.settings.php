<?php
// CiviCRM settings (stand-in for the case).
define('CIVICRM_UF', 'Drupal8');
define('CIVICRM_DSN', 'mysql://crm_civi:f2ae0779cd98cf6cebe6cdff0ffe6909@localhost/crm_civi?new_link=true');
define('CIVICRM_UF_DSN', 'mysql://crm_drupal:43c9daf947e789e03503d4f2b5d9fa79@localhost/crm_drupal?new_link=true');
define('CIVICRM_SITE_KEY', '86517822a7e0394d4d8b7974e90bc90d');
define('CIVICRM_CRED_KEYS', 'aes-cbc:hkdf-sha256:cfd37b73c48dad229dbbd1f52aa8b11e44da19d6b0474dec81aa125dc8663619');
define('CIVICRM_SIGN_KEYS', 'jwt-hs256:hkdf-sha256:e4da1860ebf9f85111623eed4cbcf1f4d1f36a3ff61e0ce40ed14b9fdca85169');
$civicrm_root = '/var/www/crm/vendor/civicrm/civicrm-core';
$civicrm_setting['domain']['extensionsDir'] = '[civicrm.files]/ext/';
