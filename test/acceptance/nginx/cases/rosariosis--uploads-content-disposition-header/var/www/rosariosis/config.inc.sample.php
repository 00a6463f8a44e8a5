<?php
// Sample configuration (stand-in): copy to config.inc.php and fill in.
$DatabaseType = 'postgresql';
$DatabaseServer = 'localhost';
$DatabaseUsername = '';
$DatabasePassword = '';
$DatabaseName = '';
