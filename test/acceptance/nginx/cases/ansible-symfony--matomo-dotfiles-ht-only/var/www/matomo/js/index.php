<?php // placeholder: Matomo js/index.php (serves the tracker code)
echo "matomo js/index.php ran\n";
