<?php
// Heatmap and session recording configuration requested by the tracker on tracked sites (stub).
define('PIWIK_DOCUMENT_ROOT', dirname(dirname(__DIR__)));
require_once PIWIK_DOCUMENT_ROOT . '/core/Tracker/dispatch.php';
