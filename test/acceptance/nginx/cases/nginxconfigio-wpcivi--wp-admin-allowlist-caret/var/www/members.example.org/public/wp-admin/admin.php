<?php // placeholder: admin bootstrap
echo "/wp-admin/admin.php ran\n";
