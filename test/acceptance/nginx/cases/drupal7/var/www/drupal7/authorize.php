<?php
// Drupal 7 entry point (authorize.php), stub
