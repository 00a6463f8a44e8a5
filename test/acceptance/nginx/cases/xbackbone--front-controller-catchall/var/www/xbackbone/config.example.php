<?php

return [
    'base_url' => 'https://localhost', // no trailing slash
];
