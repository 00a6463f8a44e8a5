<?php
// bootstrap: autoloader, userdata.inc.php, session, theme
require dirname(__DIR__) . '/vendor/autoload.php';
