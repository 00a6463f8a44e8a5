<?php
require_once WPCF7_PLUGIN_DIR . '/includes/functions.php';
