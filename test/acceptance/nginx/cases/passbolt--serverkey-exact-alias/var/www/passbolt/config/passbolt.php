<?php
// Written by the web installer / bin/cake passbolt install.
return [
    'App' => ['fullBaseUrl' => 'https://passbolt.example.com'],
    'Datasources' => ['default' => [
        'host' => 'localhost', 'port' => '3306',
        'username' => 'passbolt', 'password' => 'Zq7-passbolt-db-Secret!', 'database' => 'passbolt',
    ]],
    'EmailTransport' => ['default' => ['host' => 'smtp.example.com', 'port' => 587, 'username' => 'passbolt@example.com', 'password' => 'smtp-Secret-42', 'tls' => true]],
    'passbolt' => ['gpg' => ['serverKey' => [
        'fingerprint' => '2FC8945833C51946E937F9FED47B0811573EE67E',
        'public' => CONFIG . 'gpg' . DS . 'serverkey.asc',
        'private' => CONFIG . 'gpg' . DS . 'serverkey_private.asc',
    ]]],
];
