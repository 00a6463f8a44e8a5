<?php
$CONFIG = array (
  'instanceid' => 'oc8x2kq9w1za',
  'passwordsalt' => 'Rk2v0pQm3m1X9yXq6U1b4tLr2sZcA7',
  'secret' => 'q8S1dFh3Kj5LmN7pQrT9vWxZ2bC4eG6iJ8kM0nP2rS4tU6wY',
  'trusted_domains' => array ( 0 => 'cloud.example.com' ),
  'datadirectory' => '/var/www/owncloud/data',
  'overwrite.cli.url' => 'https://cloud.example.com',
  'dbtype' => 'mysql',
  'version' => '10.13.4.1',
  'dbname' => 'owncloud',
  'dbhost' => 'localhost',
  'dbuser' => 'owncloud',
  'dbpassword' => 'Xv3!mZq9Lr7tWp2k',
  'logfile' => '/var/www/owncloud/data/owncloud.log',
  'installed' => true,
);
