<?php
// ProjectSend include stand-in: cron.log.export.php
