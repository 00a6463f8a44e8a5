<?php

namespace Paheko;

use Paheko\Web\Router;

$uri = $_SERVER['REQUEST_URI'];

if ('_route.php' === basename($uri)) {
	http_response_code(403);
	die('Appel interdit');
}

(function () { require(__DIR__ . '/../include/init.php'); })();

Router::route($uri);
