<?php

return [
    'app.name' => 'Example CMS',
    'sec-key' => '${COCKPIT_SEC_KEY}',
    'database' => [
        'server' => 'mongolite://#storage:data',
        'options' => ['db' => 'app'],
    ],
];
