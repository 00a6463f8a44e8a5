<?php
// Uptime check for the monitoring (Uptime Kuma): database reachable?
$db = new PDO('mysql:host=127.0.0.1;dbname=monica', 'monica', 'S3cr3t-monica-db');
echo $db->query('SELECT 1')->fetchColumn() ? 'OK' : 'FAIL';
