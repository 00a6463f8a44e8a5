<?php

return [
    'name' => 'Snipe-IT',
];
