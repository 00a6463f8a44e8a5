<?php

return [
    'debug' => false,
    'panel' => ['install' => false],
];
