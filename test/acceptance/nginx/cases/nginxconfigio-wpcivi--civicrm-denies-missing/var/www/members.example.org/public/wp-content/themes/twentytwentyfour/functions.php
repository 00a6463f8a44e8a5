<?php // placeholder: theme functions
echo "/wp-content/themes/twentytwentyfour/functions.php ran\n";
