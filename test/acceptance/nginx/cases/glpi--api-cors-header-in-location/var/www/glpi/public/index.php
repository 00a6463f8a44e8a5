<?php
// GLPI 10.0 front controller (stub for this case): hands the request to the legacy
// script it names (front/, ajax/, apirest.php...) or serves the static file, through
// Glpi\Http\ProxyRouter.
require dirname(__DIR__) . '/inc/based_config.php';
