<?php
// Data and logs outside the application tree (GLPI's "Install > Files and directories locations").
define('GLPI_VAR_DIR', '/var/lib/glpi');
define('GLPI_LOG_DIR', '/var/log/glpi');
