<?php
/**
 * Entry point (thumb.php) of MediaWiki 1.41, shortened for the test case.
 */
define( 'MW_ENTRY_POINT', 'thumb' );
require_once __DIR__ . '/includes/WebStart.php';
