<?php
// Written by the installer (stand-in).
const HTTP_SERVER = 'https://shop.example.com';
const COOKIE_OPTIONS = ['lifetime' => 0, 'domain' => 'shop.example.com', 'path' => '/', 'samesite' => 'Lax'];
const DIR_WS_CATALOG = '/';
const DIR_FS_CATALOG = '/var/www/phoenix/';
const DB_SERVER = 'localhost';
const DB_SERVER_USERNAME = 'phoenix';
const DB_SERVER_PASSWORD = 'ade11c0350c793707cf960f8804d4a78';
const DB_DATABASE = 'phoenix';
const STORE_SESSIONS = 'mysql';
