<?php // placeholder: Symfony 7 front controller (public/index.php). Prints the route it was asked for.
echo "symfony front controller: " . ($_SERVER['REQUEST_URI'] ?? '') . "\n";
