<?php
define( 'CIVICRM_UF', 'WordPress' );
define( 'CIVICRM_DSN', 'mysql://example.org-kTq9x:Xr8vN2pLq4sT7wYz@global-db/example_org?new_link=true' );
define( 'CIVICRM_SITE_KEY', '9f3c7a1e5b2d8c4f6a0e1b3d5c7f9a2e' );
define( 'CIVICRM_CRED_KEYS', 'aes-cbc::hJ3kL9mN2pQ5rS8tU1vW4xY7zA0bC6dE' );
