<?php
$platform_email['SMTP_PASS'] = 'Sm7p-pass';
