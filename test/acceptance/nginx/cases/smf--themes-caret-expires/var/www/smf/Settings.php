<?php
$maintenance = 0;
$mbname = 'Example Community';
$boardurl = 'https://forum.example.org';
$db_type = 'mysql';
$db_server = 'localhost';
$db_name = 'smf';
$db_user = 'smf';
$db_passwd = 'Xu8#pLq2vR9sTw';
$db_prefix = 'smf_';
$cachedir = dirname(__FILE__) . '/cache';
$sourcedir = dirname(__FILE__) . '/Sources';
$packagesdir = dirname(__FILE__) . '/Packages';
$auth_secret = '2f4c9e0b7a1d3e5f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f';
