<?php
// stand-in: updates every feed when run from cron (php cliupdate.php)
chdir(__DIR__);
require __DIR__ . '/src/common.php';
