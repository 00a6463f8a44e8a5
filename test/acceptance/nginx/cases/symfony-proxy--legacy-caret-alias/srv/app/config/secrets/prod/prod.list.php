<?php

return [
    'STRIPE_SECRET_KEY' => null,
];
