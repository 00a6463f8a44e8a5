<?php
// stand-in for CE Phoenix's checkout_process.php
require 'includes/application_top.php';
