<?php

return [
    'url' => 'https://www.example.org',
    'email' => ['transport' => ['type' => 'smtp', 'password' => 'placeholder']],
];
