<?php
$dbconfig['db_server'] = 'localhost';
$dbconfig['db_username'] = 'vtiger';
$dbconfig['db_password'] = 'Vt!g3r-2026-prod';
$dbconfig['db_name'] = 'vtigercrm';
$site_URL = 'https://crm.example.com/';
$root_directory = '/var/www/vtigercrm/';
$application_unique_key = '4f9c2a7e1b3d5f60a8c9e2b4d6f8a1c3';
