<?php require __DIR__ . "/wp-load.php"; wp();
