<?php
// stand-in for CE Phoenix's checkout_shipping.php
require 'includes/application_top.php';
