<?php
/**
 * Entry point (opensearch_desc.php) of MediaWiki 1.41, shortened for the test case.
 */
define( 'MW_ENTRY_POINT', 'opensearch_desc' );
require_once __DIR__ . '/includes/WebStart.php';
