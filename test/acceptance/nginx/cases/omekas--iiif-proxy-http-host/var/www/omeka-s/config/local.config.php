<?php
return [
    'logger' => [
        'log' => true,
        'path' => OMEKA_PATH . '/logs/application.log',
    ],
];
