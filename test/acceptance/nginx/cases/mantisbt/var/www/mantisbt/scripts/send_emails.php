<?php
# cron: php scripts/send_emails.php
