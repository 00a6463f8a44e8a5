<?php
// Drupal 7 entry point (cron.php), stub
