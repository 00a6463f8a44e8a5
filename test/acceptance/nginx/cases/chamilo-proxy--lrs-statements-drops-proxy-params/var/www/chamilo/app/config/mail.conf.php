<?php
/* For licensing terms, see /license.txt */
$platform_email['SMTP_PASS'] = 'smtp-s3cret';
