<?php

return [
    'route' => 'img',
    'cache' => 'img',
];
