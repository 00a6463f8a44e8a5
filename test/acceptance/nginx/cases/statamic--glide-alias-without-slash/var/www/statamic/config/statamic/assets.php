<?php

return [
    'route' => 'img',
    'cache' => storage_path('statamic/glide'),
];
