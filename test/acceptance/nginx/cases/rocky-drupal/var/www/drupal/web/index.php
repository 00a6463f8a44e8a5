<?php // placeholder: Drupal's front controller
echo "RAN index.php\n";
