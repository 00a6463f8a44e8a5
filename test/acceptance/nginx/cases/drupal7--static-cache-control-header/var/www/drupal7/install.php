<?php
// Drupal 7 entry point (install.php), stub
