<?php
// Tiny File Manager: local settings, read by tinyfilemanager.php (__DIR__ . '/config.php').

$use_auth = true;

$auth_users = array(
    'office' => '$2y$10$Q3k0YQ3p9w1Qy0o9v0Hc3eQ1b8oX0zL1GdE3l4v6PZ3y8mQwV1n2K',
    'customer' => '$2y$10$7bT9m0Yh4kQn3sW8xZ1v2eO4pL6rJ8dF0aG2hC5iK7lM9nB1vC3xS',
);

$readonly_users = array(
    'customer',
);

$global_readonly = false;

// The users' files, and the URL of their direct links.
$root_path = $_SERVER['DOCUMENT_ROOT'] . '/uploads';
$root_url = 'uploads';

$http_host = $_SERVER['HTTP_HOST'];
$default_timezone = 'Europe/Berlin';
$allowed_upload_extensions = '';
$exclude_items = array();
$online_viewer = false;
$max_upload_size_bytes = 500000000;
$upload_chunk_size_bytes = 2000000;

$ip_ruleset = 'OFF';
