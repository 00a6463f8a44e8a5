<?php
// v1 API: database connection shared by the endpoint scripts.
$pdo = new PDO('pgsql:host=database;port=5432;dbname=app', 'app_v1', 'Hs8kQ2wLz7Nc4Vx9');
$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
