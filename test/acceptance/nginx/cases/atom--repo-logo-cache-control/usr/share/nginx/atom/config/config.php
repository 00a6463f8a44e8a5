<?php
// Written by AtoM's installer (stand-in).
return [
    'all' => [
        'propel' => [
            'class' => 'sfPropelDatabase',
            'param' => [
                'encoding' => 'utf8mb4',
                'persistent' => true,
                'pooling' => true,
                'dsn' => 'mysql:dbname=atom;host=localhost;port=3306',
                'username' => 'atom',
                'password' => '634009eb977bf5d32c31edd54b2b1d2e',
            ],
        ],
    ],
];
