<?php // placeholder: Smarty template compiled by CiviCRM
echo "compiled template ran\n";
