<?php

use Flarum\Extend;

return [
    // Register extenders here to customize your forum.
];
