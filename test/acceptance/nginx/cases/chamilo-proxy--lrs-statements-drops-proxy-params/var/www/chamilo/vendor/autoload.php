<?php
/* For licensing terms, see /license.txt */
require_once __DIR__.'/composer/autoload_real.php';
