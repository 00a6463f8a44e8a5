<?php
// Bookshop API v1 (Slim 3), kept for the 2.x mobile app until it is retired.
require __DIR__ . '/../vendor/autoload.php';
$settings = require __DIR__ . '/db.php';
$app = new \Slim\App(['settings' => $settings]);
require __DIR__ . '/../src/routes.php';
$app->run();
