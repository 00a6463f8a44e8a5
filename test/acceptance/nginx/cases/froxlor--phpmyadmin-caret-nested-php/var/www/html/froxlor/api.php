<?php
// froxlor JSON API endpoint (API keys, Basic auth)
require __DIR__ . '/vendor/autoload.php';
use Froxlor\Api\Api;
