<?php
// Stand-in: instant payment notification endpoint of the payment module (called by the bank).
require_once dirname(__FILE__) . '/../../config/config.inc.php';
