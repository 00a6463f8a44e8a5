<?php
// Real values live on the server only.
$CONFIG = array (
  'datadirectory' => '/srv/nextcloud/data',
  'overwriteprotocol' => 'https',
  'trusted_domains' => array (0 => 'cloud.example.org'),
);
