<?php
// stand-in for CE Phoenix's checkout_confirmation.php
require 'includes/application_top.php';
