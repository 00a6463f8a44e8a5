<?php
// JSON-RPC and HTTP API (apikey in the request)
require_once __DIR__ . '/../php/core.inc.php';
