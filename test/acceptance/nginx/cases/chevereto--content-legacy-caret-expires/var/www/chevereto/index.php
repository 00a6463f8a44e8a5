<?php
/* Chevereto V4 front controller */
declare(strict_types=1);
require_once __DIR__ . '/app/legacy/entrypoints/index.php';
