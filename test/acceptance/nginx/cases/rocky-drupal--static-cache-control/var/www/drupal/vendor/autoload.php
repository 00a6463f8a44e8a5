<?php // placeholder: Composer autoloader
echo "RAN var/www/drupal/vendor/autoload.php\n";
