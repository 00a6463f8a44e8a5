<?php
// PayPal IPN endpoint (stand-in).
require_once "../civicrm.config.php";
