<?php
// staff directory: vcard page
require __DIR__ . '/config.php';
require __DIR__ . '/inc/db.php';
require __DIR__ . '/templates/header.php';
