<?php
$g_hostname = 'localhost';
$g_db_type = 'mysqli';
$g_database_name = 'bugtracker';
$g_db_username = 'mantis';
$g_db_password = 'M4nt1s-Db-2026!';
$g_crypto_master_salt = 'q8Zr1cV0yT6uJ3kL9pN2bX5mA7sD4fG1hW0eR8tY=';
$g_file_upload_method = DISK;
$g_absolute_path_default_upload_folder = '/var/www/mantisbt/upload/';
$g_smtp_password = 'Smtp-Relay-77';
