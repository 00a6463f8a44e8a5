<?php
function legacy_db() { global $db_host, $db_name, $db_user, $db_pass; return new PDO("mysql:host=$db_host;dbname=$db_name", $db_user, $db_pass); }
