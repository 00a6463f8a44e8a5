<?php require_once __DIR__ . "/wp-config.php";
