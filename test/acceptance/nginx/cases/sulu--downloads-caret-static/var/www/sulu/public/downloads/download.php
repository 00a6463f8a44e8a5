<?php
// Old site: counts a download, then sends the file.
require __DIR__ . '/config.php';
