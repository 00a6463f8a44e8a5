<?php
define('CIVICRM_UF', 'WordPress');
define('CIVICRM_UF_DSN', 'mysql://wp_network:11c8192e75ba36a5afe4562f3e204123@localhost/wp_network?new_link=true');
define('CIVICRM_DSN', 'mysql://civicrm:189bfa19936606f6161e6e1bcd32ff2f@localhost/civicrm?new_link=true');
define('CIVICRM_SITE_KEY', '1f930082257277ea80751832a68c48d6');
define('_CIVICRM_CRED_KEYS', 'aes-cbc:hkdf-sha256:294fa7473e419abeb36ca865394924bdf1ddee6ddb99c3d74cbbe6c25f0e86d0');
