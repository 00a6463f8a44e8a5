<?php
// stand-in for CE Phoenix's create_account_success.php
require 'includes/application_top.php';
