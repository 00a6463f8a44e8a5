<?php require __DIR__ . '/includes/bootstrap.php';
