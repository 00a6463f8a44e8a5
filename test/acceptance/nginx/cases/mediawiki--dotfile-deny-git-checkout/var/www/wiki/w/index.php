<?php
/**
 * Entry point (index.php) of MediaWiki 1.41, shortened for the test case.
 */
define( 'MW_ENTRY_POINT', 'index' );
require_once __DIR__ . '/includes/WebStart.php';
