<?php
require_once __DIR__ . '/config.php';
require_once __DIR__ . '/vendor/autoload.php';
$system_path = 'system';
$application_folder = 'application';
require_once BASEPATH . 'core/CodeIgniter.php';
