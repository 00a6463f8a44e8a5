<?php
// Matomo tracking endpoint (stub of the real file).
define('PIWIK_DOCUMENT_ROOT', __DIR__);
require_once PIWIK_DOCUMENT_ROOT . '/core/Tracker/dispatch.php';
