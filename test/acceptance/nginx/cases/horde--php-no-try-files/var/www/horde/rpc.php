<?php
// Horde RPC endpoint: ActiveSync, CalDAV/CardDAV/WebDAV, XML-RPC, SOAP.
require_once __DIR__ . '/lib/Application.php';
