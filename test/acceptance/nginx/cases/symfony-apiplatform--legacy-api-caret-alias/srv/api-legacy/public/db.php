<?php
// v1 database settings (read-only replica user)
return [
    'db' => [
        'dsn' => 'pgsql:host=127.0.0.1;port=5432;dbname=api',
        'user' => 'api_v1',
        'password' => '85909036d77956a2cdceffc8',
    ],
];
