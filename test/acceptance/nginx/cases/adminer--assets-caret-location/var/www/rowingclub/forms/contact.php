<?php
// Contact form handler (posted to by assets/js/site.js), adapted from the site template.
require dirname(__DIR__) . '/assets/vendor/php-email-form/php-email-form.php';
$contact = new PHP_Email_Form;
$contact->to = 'secretary@rowingclub.example';
$contact->smtp = [
    'host' => 'smtp.rowingclub.example',
    'username' => 'web@rowingclub.example',
    'password' => '773df71f9ac3a97240c5201bf3d9ca78',
    'port' => '587',
];
