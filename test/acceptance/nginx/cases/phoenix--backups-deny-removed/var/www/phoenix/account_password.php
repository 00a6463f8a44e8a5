<?php
// stand-in for CE Phoenix's account_password.php
require 'includes/application_top.php';
