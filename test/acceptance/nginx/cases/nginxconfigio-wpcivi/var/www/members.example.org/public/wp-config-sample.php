<?php // placeholder: sample configuration shipped with WordPress
echo "/wp-config-sample.php ran\n";
