<?php if (!defined('APPLICATION')) exit();

// Database
$Configuration['Database']['Name'] = 'vanilla';
$Configuration['Database']['Host'] = 'localhost';
$Configuration['Database']['User'] = 'vanilla';
$Configuration['Database']['Password'] = 'b7Qm!x2Lw9pZt';

// Garden
$Configuration['Garden']['Cookie']['Salt'] = 'Y3QW8L0K2M';
$Configuration['Garden']['Cookie']['Domain'] = '';
$Configuration['Garden']['RewriteUrls'] = true;
$Configuration['Garden']['Installed'] = true;
