<?php
// Staff directory: database settings
$db_host = 'db1.corp.example.com';
$db_name = 'staffdir';
$db_user = 'staffdir';
$db_pass = 'f42a92b76c127b31dc437e5f68c99ee1';
$photo_dir = __DIR__ . '/../uploads/photos';
