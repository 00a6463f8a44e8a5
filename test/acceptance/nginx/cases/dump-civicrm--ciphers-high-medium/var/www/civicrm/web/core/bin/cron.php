<?php
// CiviCRM Standalone: web/core/bin/cron.php
