<?php
$platform_email['SMTP_HOST'] = 'localhost'; $platform_email['SMTP_PORT'] = 25;
