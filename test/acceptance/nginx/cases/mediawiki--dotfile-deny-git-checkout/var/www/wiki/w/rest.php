<?php
/**
 * Entry point (rest.php) of MediaWiki 1.41, shortened for the test case.
 */
define( 'MW_ENTRY_POINT', 'rest' );
require_once __DIR__ . '/includes/WebStart.php';
