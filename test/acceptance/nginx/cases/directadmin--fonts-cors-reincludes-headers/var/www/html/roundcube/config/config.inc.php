<?php
$config['db_dsnw'] = 'mysql://da_roundcube:pretend@localhost/da_roundcube';
$config['des_key'] = 'pretend-24-char-des-key!';
