<?php // placeholder: Matomo matomo.php entry point
echo "matomo matomo.php ran: " . ($_SERVER["REQUEST_URI"] ?? "") . "\n";
