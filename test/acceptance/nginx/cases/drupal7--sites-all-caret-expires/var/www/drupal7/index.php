<?php
// Drupal 7 entry point (index.php), stub
