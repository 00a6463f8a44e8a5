<?php // placeholder: WordPress front controller
echo "/index.php ran\n";
