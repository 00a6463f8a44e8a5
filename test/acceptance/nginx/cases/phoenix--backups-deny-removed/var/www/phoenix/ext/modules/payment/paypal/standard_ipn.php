<?php
// stand-in for CE Phoenix's ext/modules/payment/paypal/standard_ipn.php
require 'includes/application_top.php';
