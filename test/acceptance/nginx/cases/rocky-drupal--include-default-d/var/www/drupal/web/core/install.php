<?php // placeholder: Drupal's installer
echo "RAN core/install.php\n";
