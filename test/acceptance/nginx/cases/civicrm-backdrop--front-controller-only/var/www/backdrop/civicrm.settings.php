<?php
define('CIVICRM_UF', 'Backdrop');
define('CIVICRM_DSN', 'mysql://civicrm:Hc4nL8sQ2wE7rT5y@localhost/civicrm?new_link=true');
define('CIVICRM_SITE_KEY', 'f3b9c1d7e5a2046b8c9d0e1f2a3b4c5d');
