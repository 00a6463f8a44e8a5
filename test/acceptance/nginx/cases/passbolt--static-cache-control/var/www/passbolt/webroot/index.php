<?php
// Passbolt front controller (CakePHP 4): every request that is not a file ends here.
require dirname(__DIR__) . '/config/requirements.php';
require dirname(__DIR__) . '/vendor/autoload.php';
