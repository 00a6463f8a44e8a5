<?php
define('CIVICRM_DSN', 'mysql://civicrm:S3cr3t-db-pass@localhost/civicrm?new_link=true');
define('CIVICRM_SITE_KEY', '7f3c1e9a4b2d8e6f0a1b2c3d4e5f6a7b');
