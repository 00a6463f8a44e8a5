<?php
$parameters = array(
	'db_driver' => 'pdo_mysql',
	'db_host' => '127.0.0.1',
	'db_port' => '3306',
	'db_name' => 'mautic',
	'db_user' => 'mautic',
	'db_password' => 'S3cr3t-db-pass',
	'secret_key' => '5b1e0a7c9f3d4e2b8a6c1d0f7e9b3a2c5d8e1f4a7b0c3d6e9f2a5b8c1d4e7f0a',
	'site_url' => 'https://marketing.example.com',
	'mailer_dsn' => 'smtp://mautic:mail-pass@smtp.example.com:587',
);
