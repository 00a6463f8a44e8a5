<?php
define('_JEXEC', 1);
require_once dirname(__DIR__) . '/includes/app.php';
