<?php
// Site settings, included by includes/bootstrap.php. Not meant to be requested.
return [
    'db' => [
        'dsn'      => 'mysql:host=127.0.0.1;dbname=rowingclub;charset=utf8mb4',
        'user'     => 'rowingclub',
        'password' => '3cacd734b7416992b5ef355cb21f2207',
    ],
    'session_key' => 'bcd636292ccea689b679166e1aa87e263627bfce3b705869034be7b91378f739',
];
