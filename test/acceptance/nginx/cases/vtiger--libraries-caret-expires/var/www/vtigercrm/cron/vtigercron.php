<?php
// run from cron (php cron/vtigercron.php)
