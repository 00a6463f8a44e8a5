<?php
// Moodle routing engine: every URL that is not a file on disk.
require_once(__DIR__ . '/config.php');
\core\router\util::get_app()->run();
