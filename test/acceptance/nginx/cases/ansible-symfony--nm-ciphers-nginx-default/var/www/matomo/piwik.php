<?php // placeholder: Matomo piwik.php entry point
echo "matomo piwik.php ran: " . ($_SERVER["REQUEST_URI"] ?? "") . "\n";
