<?php
define('CIVICRM_UF', 'Joomla');
define('CIVICRM_DSN', 'mysql://civiuser_civi:Wk4%23pQ8zN2sd@localhost/civiuser_civicrm?new_link=true');
define('CIVICRM_SITE_KEY', 'a8f3e1c97b2d4f60a1e5c3b7d9f2e4a6');
