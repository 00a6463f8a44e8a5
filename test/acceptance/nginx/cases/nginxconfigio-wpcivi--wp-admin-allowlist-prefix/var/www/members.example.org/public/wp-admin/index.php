<?php // placeholder: dashboard
echo "/wp-admin/index.php ran\n";
