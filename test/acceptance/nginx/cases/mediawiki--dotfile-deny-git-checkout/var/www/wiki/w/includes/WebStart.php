<?php
// Shortened for the test case: sets up MediaWiki for a web request.
require_once __DIR__ . '/Setup.php';
