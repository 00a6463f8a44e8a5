<?php
$CONFIG = array (
  'instanceid' => 'ocplaceholder',
  'trusted_domains' => array ( 0 => 'cloud.example.org' ),
  'overwrite.cli.url' => 'https://cloud.example.org',
  'htaccess.RewriteBase' => '/',
  'datadirectory' => '/srv/nextcloud-data',
  'dbtype' => 'pgsql',
  'version' => '28.0.14.1',
  'installed' => true,
);
