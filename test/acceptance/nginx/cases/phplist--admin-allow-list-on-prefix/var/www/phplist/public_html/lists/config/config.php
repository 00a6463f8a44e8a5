<?php
// phpList configuration (placeholder; the real file holds the database and SMTP credentials)
$database_host = "localhost";
$database_name = "phplist";
$database_user = "phplist";
$database_password = "changeme";
define("UPLOADIMAGES_DIR", "lists/uploadimages");
