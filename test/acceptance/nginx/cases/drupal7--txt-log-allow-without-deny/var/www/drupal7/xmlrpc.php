<?php
// Drupal 7 entry point (xmlrpc.php), stub
