<?php
// stand-in for CE Phoenix's ext/modules/payment/paypal/pro_hosted_ipn.php
require 'includes/application_top.php';
