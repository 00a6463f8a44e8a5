<?php
$db_tiki='mysqli';
$dbversion_tiki='26.0';
$host_tiki='localhost';
$user_tiki='tiki';
$pass_tiki='Xq3!tiki-db-s3cret';
$dbs_tiki='tiki';
$client_charset='utf8mb4';
