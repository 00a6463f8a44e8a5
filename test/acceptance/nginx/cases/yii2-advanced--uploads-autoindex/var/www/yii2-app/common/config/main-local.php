<?php
return ['components' => ['db' => ['class' => 'yii\db\Connection', 'dsn' => 'mysql:host=localhost;dbname=yii2advanced', 'username' => 'yii2', 'password' => 'S3cr3t-db-Pa55', 'charset' => 'utf8'], 'mailer' => ['class' => 'yii\symfonymailer\Mailer', 'transport' => ['dsn' => 'smtp://app:MailPa55@smtp.example.com:587']]]];
