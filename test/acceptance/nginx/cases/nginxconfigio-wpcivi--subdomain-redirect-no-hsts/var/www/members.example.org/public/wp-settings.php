<?php // placeholder: WordPress settings loader
echo "/wp-settings.php ran\n";
