<?php
$platform_email['SMTP_HOST'] = 'smtp.example.edu';
