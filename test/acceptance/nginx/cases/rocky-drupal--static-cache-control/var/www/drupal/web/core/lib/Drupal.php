<?php // placeholder: Drupal's static service container
echo "RAN core/lib/Drupal.php\n";
