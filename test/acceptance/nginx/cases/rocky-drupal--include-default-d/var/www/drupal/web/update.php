<?php // placeholder: Drupal's database update script
echo "RAN update.php\n";
