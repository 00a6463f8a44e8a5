<?php
// cron.php (placeholder of the Nextcloud 28 file)
