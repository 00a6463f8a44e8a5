<?php
// Scheduler, run from cron as the web user (CLI only).
