<?php

require __DIR__ . '/system/vendor/autoload.php';
require __DIR__ . '/system/typemill/system.php';
