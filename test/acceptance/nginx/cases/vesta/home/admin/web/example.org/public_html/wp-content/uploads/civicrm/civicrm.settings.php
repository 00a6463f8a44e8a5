<?php
if (!defined('CIVICRM_DSN')) {
  define('CIVICRM_DSN', 'mysql://admin_civi:Hs8-civi-db-pass@localhost:3306/admin_civi?new_link=true');
}
if (!defined('CIVICRM_SITE_KEY')) {
  define('CIVICRM_SITE_KEY', 'a3f1c9e7b2d84f06a9c1e3b5d7f9a2c4');
}
define('CIVICRM_CRED_KEYS', 'aes-cbc:hkdf-sha256:Zq1x8RkW3mN7pT2vY5bC9dF4gH6jL0sA');
