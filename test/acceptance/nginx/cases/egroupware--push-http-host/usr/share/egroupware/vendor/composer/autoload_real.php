<?php
// EGroupware 23.1 stand-in: vendor/composer/autoload_real.php
