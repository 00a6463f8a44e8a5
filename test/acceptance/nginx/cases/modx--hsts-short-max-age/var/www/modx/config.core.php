<?php
define('MODX_CORE_PATH', '/var/www/modx/core/');
define('MODX_CONFIG_KEY', 'config');
