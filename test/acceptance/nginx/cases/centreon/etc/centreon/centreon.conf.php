<?php
$conf_centreon['hostCentreon'] = 'localhost';
$conf_centreon['hostCentstorage'] = 'localhost';
$conf_centreon['user'] = 'centreon';
$conf_centreon['password'] = 'e230e45264520a63215020c6308a1c8b';
$conf_centreon['db'] = 'centreon';
$conf_centreon['dbcstg'] = 'centreon_storage';
$conf_centreon['port'] = '3306';
$centreon_path = '/usr/share/centreon/';
