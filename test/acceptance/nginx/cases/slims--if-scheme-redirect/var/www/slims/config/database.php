<?php

return [
    'default_profile' => 'SLiMS',
    'proxy' => false,
    'nodes' => [
        'SLiMS' => [
            'host' => 'localhost',
            'database' => 'slims_perpus',
            'port' => '3306',
            'username' => 'slims',
            'password' => 'Perpus!2024db',
            'options' => ['storage_engine' => 'MyISAM']
        ]
    ]
];
