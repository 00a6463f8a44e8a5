<?php // placeholder for Symfony's front controller (public/index.php)
echo "symfony front controller: SCRIPT_FILENAME=", $_SERVER['SCRIPT_FILENAME'] ?? '', " REQUEST_URI=", $_SERVER['REQUEST_URI'] ?? '', "\n";
