<?php // placeholder: WordPress front controller
echo "wordpress front controller\n";
