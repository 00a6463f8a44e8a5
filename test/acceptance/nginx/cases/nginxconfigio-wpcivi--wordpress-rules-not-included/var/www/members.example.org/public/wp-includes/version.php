<?php // placeholder: core version
echo "/wp-includes/version.php ran\n";
