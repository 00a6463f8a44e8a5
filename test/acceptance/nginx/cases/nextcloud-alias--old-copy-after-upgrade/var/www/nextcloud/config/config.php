<?php
$CONFIG = array (
  'instanceid' => 'ocfac490305bdbd51a93fd31b3',
  'passwordsalt' => 'c0195b9bf652e72d27b42f62474d5d24',
  'secret' => '18856e5856393f7757f98b87e77e5e1f26b855ff548dc679',
  'trusted_domains' => array (0 => 'www.example.org'),
  'datadirectory' => '/var/www/nextcloud/data',
  'overwrite.cli.url' => 'https://www.example.org/nextcloud',
  'htaccess.RewriteBase' => '/nextcloud',
  'dbtype' => 'mysql',
  'dbname' => 'nextcloud',
  'dbhost' => 'localhost',
  'dbuser' => 'nextcloud',
  'dbpassword' => '5f081de187c0f65f3adfe380ca3552cb',
  'installed' => true,
);
