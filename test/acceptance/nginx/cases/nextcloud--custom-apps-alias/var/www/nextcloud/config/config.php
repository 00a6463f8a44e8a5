<?php
// Real values live on the server only.
$CONFIG = array (
  'datadirectory' => '/srv/nextcloud/data',
  'apps_paths' => array (
    0 => array ('path' => '/var/www/nextcloud/apps', 'url' => '/apps', 'writable' => false),
    1 => array ('path' => '/srv/nextcloud/custom_apps', 'url' => '/custom_apps', 'writable' => true),
  ),
  'overwriteprotocol' => 'https',
  'trusted_domains' => array (0 => 'cloud.example.org'),
);
