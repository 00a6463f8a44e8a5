<?php
// OpenEMR 7.0.2 placeholder: modules/sms_email_reminder/cron_sms_notification.php
