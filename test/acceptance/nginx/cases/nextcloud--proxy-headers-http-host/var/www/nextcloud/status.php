<?php
// Placeholder for Nextcloud 28's status.php entry point (release tarball not kept here).
require_once __DIR__ . '/lib/base.php';
