<?php
$platform_email['SMTP_PASS'] = 'pretend-smtp-pass';
