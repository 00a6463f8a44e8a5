<?php
$servers['imap'] = array(
    'disabled' => false,
    'name' => 'IMAP Server',
    'hostspec' => 'imap.example.org',
    'hordeauth' => false,
    'protocol' => 'imap',
    'port' => 993,
    'secure' => 'ssl',
    'admin' => array(
        'params' => array(
            'login' => 'cyrus',
            'password' => '866fdad987702ebebed5f00833e85b18',
            'userhierarchy' => 'user.',
        ),
    ),
);
