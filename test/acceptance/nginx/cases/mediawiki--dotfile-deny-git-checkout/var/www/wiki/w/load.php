<?php
/**
 * Entry point (load.php) of MediaWiki 1.41, shortened for the test case.
 */
define( 'MW_ENTRY_POINT', 'load' );
require_once __DIR__ . '/includes/WebStart.php';
