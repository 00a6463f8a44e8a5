<?php

/**
 * Joomla site entry point (placeholder for the acceptance case: the real file boots
 * includes/app.php).
 */

define('_JEXEC', 1);

require_once __DIR__ . '/includes/app.php';
