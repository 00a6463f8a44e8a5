<?php
// ExpressionEngine site front controller
$system_path = './system';
require_once $system_path . '/ee/ExpressionEngine/Boot/boot.php';
