<?php // placeholder: Smarty compiled template
echo "RAN sites/default/files/civicrm/templates_c/en_US/%%0A^0A1^0A1B2C3D%%Main.tpl.php\n";
