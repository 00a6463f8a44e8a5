<?php
// stand-in for CE Phoenix's checkout_success.php
require 'includes/application_top.php';
