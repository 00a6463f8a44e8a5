<?php

return [
    'default' => env('LOG_CHANNEL', 'stack'),
    'channels' => [
        'single' => ['driver' => 'single', 'path' => storage_path('logs/laravel.log'), 'level' => env('LOG_LEVEL', 'debug')],
    ],
];
