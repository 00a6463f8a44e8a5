<?php
define('CIVICRM_UF', 'WordPress');
define('CIVICRM_DSN', 'mysql://civi:Xe4mP8sK2wQ7nL3v@localhost/civicrm?new_link=true');
define('CIVICRM_SITE_KEY', 'a8F3kZ9qW2mR7tY5vB1nC6xL4pH0jD3s');
define('_CIVICRM_CRED_KEYS', 'aes-cbc:hkdf-sha256:Jc5Tq1Vw8Hy3Nb6Rm2Lk9Px4Zs7Ge0Fa');
