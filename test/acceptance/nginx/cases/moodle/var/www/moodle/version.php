<?php
defined('MOODLE_INTERNAL') || die();
$version  = 2024100700.00;
$release  = '4.5 (Build: 20241007)';
$branch   = '405';
$maturity = MATURITY_STABLE;
