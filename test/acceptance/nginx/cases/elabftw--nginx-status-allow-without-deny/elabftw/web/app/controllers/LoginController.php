<?php

/**
 * Target of the login form (POST): checks the credentials and opens the session.
 */
declare(strict_types=1);

namespace Elabftw\Elabftw;

use Elabftw\Controllers\LoginController;

require_once dirname(__DIR__) . '/init.inc.php';

$Controller = new LoginController($App);
$Response = $Controller->getResponse();
$Response->send();
