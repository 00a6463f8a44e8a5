<?php

/**
 * Joomla administrator entry point (placeholder for the acceptance case).
 */

define('_JEXEC', 1);

require_once __DIR__ . '/includes/app.php';
