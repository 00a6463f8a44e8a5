<?php
// Local overrides (written for this case): the production database user and cron key.
$databases['default']['default']['password'] = '055d049c110dd76ab3cb60251fa9b131';
$settings['hash_salt'] = 'ce7a157e595a07853dd2295190ad8c7f7b83e2197e9f373374c61d5387409d5a';
$config['automated_cron.settings']['interval'] = 0;
// cron runs from the system crontab: curl https://www.example.net/cron/b050263c023e51ce265a67e0
