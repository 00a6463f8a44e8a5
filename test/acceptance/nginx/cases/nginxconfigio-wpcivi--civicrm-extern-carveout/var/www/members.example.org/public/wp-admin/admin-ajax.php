<?php // placeholder: AJAX endpoint used by the front end too
echo "/wp-admin/admin-ajax.php ran\n";
