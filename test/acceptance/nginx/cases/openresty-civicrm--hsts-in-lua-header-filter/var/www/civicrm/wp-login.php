<?php // placeholder: WordPress login screen
echo "wordpress login\n";
