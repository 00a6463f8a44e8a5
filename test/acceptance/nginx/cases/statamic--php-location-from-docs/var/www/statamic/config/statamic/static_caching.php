<?php

return [
    'strategy' => env('STATAMIC_STATIC_CACHING_STRATEGY', null),
    'strategies' => [
        'full' => ['driver' => 'file', 'path' => public_path('static'), 'lock_hold_length' => 0],
    ],
];
