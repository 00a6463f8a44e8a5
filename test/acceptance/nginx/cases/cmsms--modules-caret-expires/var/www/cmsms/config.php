<?php
# Site settings written by the installer (stand-in for the case).
$config['dbms'] = 'mysqli';
$config['db_hostname'] = 'localhost';
$config['db_username'] = 'cmsms';
$config['db_password'] = '1c1771354671f002789b952108fbb3aa';
$config['db_name'] = 'cmsms';
$config['db_prefix'] = 'cms_';
$config['timezone'] = 'Europe/Berlin';
$config['url_rewriting'] = 'mod_rewrite';
$config['page_extension'] = '';
