<?php
// Serves the tracker code (js/piwik.min.js) with caching headers (stub of the real file).
define('PIWIK_DOCUMENT_ROOT', dirname(__DIR__));
require_once PIWIK_DOCUMENT_ROOT . '/core/Piwik/ProxyHttp.php';
