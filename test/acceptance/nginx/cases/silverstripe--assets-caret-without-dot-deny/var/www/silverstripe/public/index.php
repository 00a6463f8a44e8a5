<?php

use SilverStripe\Control\HTTPApplication;
use SilverStripe\Control\HTTPRequestBuilder;
use SilverStripe\Core\CoreKernel;

// Placeholder with the shape of Silverstripe 5's public/index.php.
require dirname(__DIR__) . '/vendor/autoload.php';

$request = HTTPRequestBuilder::createFromEnvironment();
$kernel = new CoreKernel(dirname(__DIR__));
$app = new HTTPApplication($kernel);
$response = $app->handle($request);
$response->output();
