<?php
// Drupal 7 entry point (update.php), stub
