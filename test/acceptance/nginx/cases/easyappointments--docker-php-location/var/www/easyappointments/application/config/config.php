<?php defined('BASEPATH') or exit('No direct script access allowed');
$config['index_page'] = 'index.php';
$config['encryption_key'] = 'c5b7f0d1a2e3';
