<?php
/* CONFIG START. DO NOT CHANGE ANYTHING IN OR AFTER THIS LINE. */
// $Id: written by the Horde setup screen $
$conf['vhosts'] = false;
$conf['debug_level'] = E_ALL & ~E_NOTICE;
$conf['max_exec_time'] = 0;
$conf['compress_pages'] = true;
$conf['secret_key'] = 'fb07b66eea14f3d21af33025d1e949e3';
$conf['umask'] = 077;
$conf['testdisable'] = true;
$conf['use_ssl'] = 1;
$conf['server']['name'] = 'mail.example.org';
$conf['sql']['username'] = 'horde';
$conf['sql']['password'] = 'de44cfcbcda4d023639b6bb1d1ab3d50';
$conf['sql']['protocol'] = 'unix';
$conf['sql']['database'] = 'horde';
$conf['sql']['charset'] = 'utf-8';
$conf['sql']['phptype'] = 'mysqli';
$conf['auth']['driver'] = 'application';
$conf['auth']['params']['app'] = 'imp';
$conf['log']['type'] = 'file';
$conf['log']['name'] = '/var/log/horde/horde.log';
$conf['cachejs'] = true;
$conf['cachecss'] = true;
$conf['cachecssparams']['driver'] = 'filesystem';
$conf['cachejsparams']['driver'] = 'filesystem';
$conf['activesync']['enabled'] = true;
$conf['activesync']['storage'] = 'Sql';
$conf['activesync']['emailsync'] = true;
$conf['activesync']['ping']['heartbeatmax'] = 2700;
/* CONFIG END. DO NOT CHANGE ANYTHING IN OR BEFORE THIS LINE. */
