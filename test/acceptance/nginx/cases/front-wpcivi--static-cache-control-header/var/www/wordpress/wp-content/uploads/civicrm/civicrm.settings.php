<?php
define( 'CIVICRM_DSN', 'mysql://civicrm:Vq3!zR8mW2pL@localhost/civicrm?new_link=true' );
define( 'CIVICRM_SITE_KEY', '9f2c4e...' );
