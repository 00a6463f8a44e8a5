<?php
$config['app_version'] = '7.5.3';
$config['encryption_key'] = 'c2f1e0d9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3';
$config['session_crypt_key'] = '9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6';
$config['database'] = array(
    'expressionengine' => array(
        'hostname' => 'localhost',
        'database' => 'ee_example',
        'username' => 'ee_example',
        'password' => 'Tr0ub4dor&3-ee',
        'dbprefix' => 'exp_',
    ),
);
