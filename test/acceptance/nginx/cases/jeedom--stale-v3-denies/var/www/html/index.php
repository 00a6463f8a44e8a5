<?php
// Jeedom front controller (desktop and mobile, v=d / v=m)
require_once __DIR__ . '/core/php/core.inc.php';
