<?php
$conf['dblayer'] = 'mysqli';
$conf['db_base'] = 'piwigo';
$conf['db_user'] = 'piwigo';
$conf['db_password'] = 'placeholder-not-a-secret';
$conf['db_host'] = 'localhost';
$prefixeTable = 'piwigo_';
