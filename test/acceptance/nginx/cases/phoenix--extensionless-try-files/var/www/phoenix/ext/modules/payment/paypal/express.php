<?php
// stand-in for CE Phoenix's ext/modules/payment/paypal/express.php
require 'includes/application_top.php';
