<?php
define( 'CIVICRM_DSN', 'mysql://civicrm:Pw9-civi-2025@localhost/civicrm?new_link=true' );
define( 'CIVICRM_SITE_KEY', 'f1c3a9e0b7d24c11' );
