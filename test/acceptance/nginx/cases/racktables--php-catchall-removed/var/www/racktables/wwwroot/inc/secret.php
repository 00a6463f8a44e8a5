<?php
$pdo_dsn = 'mysql:host=localhost;dbname=racktables';
$db_username = 'racktables';
$db_password = '1ffd19ba7c773f4e770442f69672e2a6';
$user_auth_src = 'database';
$require_local_account = TRUE;
