<?php
if (!defined('CIVICRM_DSN')) {
  define('CIVICRM_DSN', 'mysql://civicrm:C1viCRM-db-s3cret@localhost/civicrm?new_link=true');
}
if (!defined('CIVICRM_UF_DSN')) {
  define('CIVICRM_UF_DSN', 'mysql://joomla:J00mla-db-s3cret@localhost/joomla?new_link=true');
}
define('CIVICRM_SITE_KEY', 'b1c4f3e2d5a6978812ab34cd56ef7890');
define('CIVICRM_CRED_KEYS', 'aes-cbc:hkdf-sha256:Zm9vYmFyYmF6cXV4cXV1eA');
define('CIVICRM_UF', 'Joomla');
$civicrm_root = '/var/www/joomla/administrator/components/com_civicrm/civicrm';
define('CIVICRM_TEMPLATE_COMPILEDIR', '/var/www/joomla/media/civicrm/templates_c/');
