<?php
// Hit every minute by the hosting panel's URL cron (no shell cron on this plan).
if (($_GET['token'] ?? '') !== 'dd21487617c1f25426f4cf607ed129d1') {
    http_response_code(403);
    exit;
}
require __DIR__.'/../vendor/autoload.php';
$app = require_once __DIR__.'/../bootstrap/app.php';
$app->make(Illuminate\Contracts\Console\Kernel::class)->call('schedule:run');
