<?php
// PDO connection to the staff database
function staff_db() { global $db_host, $db_name, $db_user, $db_pass; return new PDO("pgsql:host=$db_host;dbname=$db_name", $db_user, $db_pass); }
