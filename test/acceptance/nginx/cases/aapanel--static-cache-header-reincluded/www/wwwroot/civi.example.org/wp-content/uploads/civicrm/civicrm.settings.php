<?php
define( 'CIVICRM_UF', 'WordPress' );
define( 'CIVICRM_UF_DSN', 'mysql://civi_example_org:Tq7wK2pXr9LmZ4sV@localhost/civi_example_org?new_link=true' );
define( 'CIVICRM_DSN', 'mysql://civi_example_org:Tq7wK2pXr9LmZ4sV@localhost/civi_example_org?new_link=true' );
define( 'CIVICRM_SITE_KEY', 'f3a9c1d7e2b84c6a9e0d5b7c1a2f3e4d' );
define( 'CIVICRM_CRED_KEYS', 'aes-cbc:hkdf-sha256:Xq2m9vR7tL4pK8wZ' );
