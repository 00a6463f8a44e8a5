<?php // placeholder: WordPress bootstrap
echo "/wp-blog-header.php ran\n";
