<?php

/**
 * Bootstrap of every eLabFTW page: loads the autoloader and the configuration.
 * Included by the entry points, never requested directly.
 */
declare(strict_types=1);

namespace Elabftw\Elabftw;

require_once dirname(__DIR__, 2) . '/vendor/autoload.php';
require_once dirname(__DIR__, 2) . '/config.php';
