<?php
global $_zp_conf_vars;
$conf = array();
$conf['db_software'] = 'MySQLi';
$conf['mysql_user'] = 'zenphoto';
$conf['mysql_pass'] = 'v7Kq2!wLm9Ppx3';
$conf['mysql_host'] = 'localhost';
$conf['mysql_database'] = 'zenphoto';
$conf['mysql_prefix'] = 'zp_';
$conf['UTF-8'] = true;
$conf['mod_rewrite'] = true;
$conf['site_upgrade_state'] = 'open';
$_zp_conf_vars = $conf;
unset($conf);
?>
