<?php // placeholder: Drupal's cache rebuild script
echo "RAN core/rebuild.php\n";
