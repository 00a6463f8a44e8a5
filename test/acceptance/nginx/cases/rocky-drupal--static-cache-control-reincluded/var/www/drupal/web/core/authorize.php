<?php // placeholder: Drupal's authorize script
echo "RAN core/authorize.php\n";
