<?php

/*
 * CKFinder Configuration File
 */

$config = array();

$config['authentication'] = function () {
    return isset($_COOKIE['crm_editor']) && $_COOKIE['crm_editor'] === 'b91f0c7e5d2a4f6e8c3b1a9d7e5f2c4a';
};

$config['licenseName'] = 'crm.example.com';
$config['licenseKey']  = 'QW2E-7RTY-U3IO-9PAS-DF4G-HJ8K-L1ZX';

$config['backends'][] = array(
    'name'         => 'default',
    'adapter'      => 'local',
    'baseUrl'      => '/ckfinder/userfiles/',
    'root'         => '',
    'chmodFiles'   => 0777,
    'chmodFolders' => 0755,
    'filesystemEncoding' => 'UTF-8',
);

return $config;
