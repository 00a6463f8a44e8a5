<?php
// Placeholder for Nextcloud 28's index.php entry point (release tarball not kept here).
require_once __DIR__ . '/lib/base.php';
