<?php // placeholder: core functions
echo "/wp-includes/load.php ran\n";
