<?php
// Written by the installer (stand-in).
const HTTP_SERVER = 'https://shop.example.com';
const DIR_WS_ADMIN = '/manage-7k2x/';
const DIR_FS_DOCUMENT_ROOT = '/var/www/phoenix/';
const DIR_FS_ADMIN = '/var/www/phoenix/manage-7k2x/';
const DIR_FS_BACKUP = DIR_FS_ADMIN . 'backups/';
const DB_SERVER = 'localhost';
const DB_SERVER_USERNAME = 'phoenix';
const DB_SERVER_PASSWORD = 'ade11c0350c793707cf960f8804d4a78';
const DB_DATABASE = 'phoenix';
