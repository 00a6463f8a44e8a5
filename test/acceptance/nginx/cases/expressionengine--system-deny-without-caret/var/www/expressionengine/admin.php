<?php
// ExpressionEngine control panel
define('MASKED_CP', TRUE);
$system_path = './system';
require_once $system_path . '/ee/ExpressionEngine/Boot/boot.php';
