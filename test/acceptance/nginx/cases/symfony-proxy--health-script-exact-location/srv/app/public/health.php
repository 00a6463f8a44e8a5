<?php
// Database check for the balancer without booting the kernel (stand-in for this test case).
$env = parse_ini_file(dirname(__DIR__)."/.env.local", false, INI_SCANNER_RAW);
$db = parse_url($env["DATABASE_URL"]);
try {
    new PDO(sprintf("pgsql:host=%s;port=%d;dbname=%s", $db["host"], $db["port"], ltrim($db["path"], "/")), $db["user"], $db["pass"]);
    echo "ok\n";
} catch (Throwable $e) {
    http_response_code(503);
    echo "database unreachable\n";
}
