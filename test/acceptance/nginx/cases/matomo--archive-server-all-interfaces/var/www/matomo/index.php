<?php
// Matomo UI and API front controller (stub of the real file).
define('PIWIK_DOCUMENT_ROOT', __DIR__);
require_once PIWIK_DOCUMENT_ROOT . '/core/dispatch.php';
