<?php // placeholder: Matomo index.php entry point
echo "matomo index.php ran: " . ($_SERVER["REQUEST_URI"] ?? "") . "\n";
