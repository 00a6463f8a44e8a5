<?php
// stand-in for CE Phoenix's checkout_payment.php
require 'includes/application_top.php';
