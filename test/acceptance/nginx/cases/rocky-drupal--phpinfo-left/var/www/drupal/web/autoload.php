<?php // placeholder: scaffolded autoloader
echo "RAN autoload.php\n";
