<?php
// Called by deploy.sh after each release.
if (!hash_equals('b7c1f0e9a4d2c6e8f3a5b9d1c7e2f4a6', (string) ($_GET['token'] ?? ''))) {
    http_response_code(403);
    exit;
}
opcache_reset();
echo "OPcache reset\n";
