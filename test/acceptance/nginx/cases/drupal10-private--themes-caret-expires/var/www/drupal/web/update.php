<?php
// Database update script (stand-in written for this case).
$autoloader = require_once 'autoload.php';
