<?php

use Flarum\Extend;
use Flarum\Foundation\Paths;
use Flarum\Http\UrlGenerator;

return [
    // Avatars on the data volume (/srv/flarum-data), served by nginx at /assets/avatars/.
    (new Extend\Filesystem)
        ->disk('flarum-avatars', function (Paths $paths, UrlGenerator $url) {
            return [
                'root' => '/srv/flarum-data/avatars',
                'url' => $url->to('forum')->path('assets/avatars'),
            ];
        }),
];
