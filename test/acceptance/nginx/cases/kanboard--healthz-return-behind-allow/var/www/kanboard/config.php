<?php

// Local settings (placeholder).
define('ENABLE_URL_REWRITE', true);
define('LOG_DRIVER', 'file');
