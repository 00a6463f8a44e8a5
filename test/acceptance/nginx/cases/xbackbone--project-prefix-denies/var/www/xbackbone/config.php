<?php
return array (
  'base_url' => 'https://share.example.org',
  'db' =>
  array (
    'connection' => 'sqlite',
    'dsn' => '/var/www/xbackbone/resources/database/xbackbone.db',
    'username' => NULL,
    'password' => NULL,
  ),
  'storage' =>
  array (
    'driver' => 'local',
    'path' => '/var/www/xbackbone/storage',
  ),
  'ldap' =>
  array (
    'enabled' => true,
    'schema' => 'ldaps',
    'host' => 'dc1.corp.example.org',
    'port' => 636,
    'base_domain' => 'dc=corp,dc=example,dc=org',
    'search_filter' => '(&((objectClass=user)(sAMAccountName=????)))',
    'rdn_attribute' => 'sAMAccountName',
    'service_account_dn' => 'cn=xbackbone,cn=Users,dc=corp,dc=example,dc=org',
    'service_account_password' => 'Gx7#pL2vQ9!mZ4',
  ),
);
