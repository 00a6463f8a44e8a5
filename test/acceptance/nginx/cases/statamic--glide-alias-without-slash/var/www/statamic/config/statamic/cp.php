<?php

return [
    'route' => 'cp',
];
