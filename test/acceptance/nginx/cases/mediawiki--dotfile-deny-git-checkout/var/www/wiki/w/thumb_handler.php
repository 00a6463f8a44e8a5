<?php
/**
 * Entry point (thumb_handler.php) of MediaWiki 1.41, shortened for the test case.
 */
define( 'MW_ENTRY_POINT', 'thumb_handler' );
require_once __DIR__ . '/includes/WebStart.php';
