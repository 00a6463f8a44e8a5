<?php // placeholder: CiviCRM extension hooks
echo "extension ran\n";
