<?php
// PAHEKO-SOURCE-MARKER scripts/cron.php
