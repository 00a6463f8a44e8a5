<?php // placeholder: WordPress loader
echo "/wp-load.php ran\n";
