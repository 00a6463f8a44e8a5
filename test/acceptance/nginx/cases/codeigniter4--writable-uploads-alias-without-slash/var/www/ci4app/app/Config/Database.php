<?php

namespace Config;

use CodeIgniter\Database\Config;

class Database extends Config
{
    // Credentials come from .env (database.default.*).
    public array $default = [
        'hostname' => 'localhost',
        'password' => '',
    ];
}
