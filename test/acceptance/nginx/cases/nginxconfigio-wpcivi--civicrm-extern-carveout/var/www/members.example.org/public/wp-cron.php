<?php // placeholder: WordPress pseudo-cron
echo "/wp-cron.php ran\n";
