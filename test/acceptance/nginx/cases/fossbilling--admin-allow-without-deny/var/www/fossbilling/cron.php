<?php
// FOSSBilling cron.php (placeholder)
