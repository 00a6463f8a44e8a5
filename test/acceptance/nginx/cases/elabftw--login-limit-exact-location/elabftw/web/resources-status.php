<?php

declare(strict_types=1);

require_once __DIR__ . "/app/init.inc.php";
