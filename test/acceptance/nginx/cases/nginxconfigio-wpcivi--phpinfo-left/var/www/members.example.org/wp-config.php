<?php // placeholder: DB_NAME, DB_USER, DB_PASSWORD, the auth keys and salts
define('DB_PASSWORD', 'placeholder-not-a-real-password');
