<?php

return [
    'email' => 'editor@example.org',
    'role' => 'admin',
    'language' => 'en',
];
