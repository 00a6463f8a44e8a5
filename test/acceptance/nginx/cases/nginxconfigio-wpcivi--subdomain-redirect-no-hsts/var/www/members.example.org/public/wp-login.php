<?php // placeholder: WordPress login form
echo "/wp-login.php ran\n";
