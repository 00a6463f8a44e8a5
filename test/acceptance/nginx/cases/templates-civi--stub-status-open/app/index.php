<?php
// placeholder: CiviCRM Standalone front controller
echo "civicrm front controller ran\n";
