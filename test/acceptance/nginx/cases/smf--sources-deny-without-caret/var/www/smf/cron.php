<?php
// SMF background task runner.
define('SMF', 'BACKGROUND');
require_once(__DIR__ . '/Settings.php');
