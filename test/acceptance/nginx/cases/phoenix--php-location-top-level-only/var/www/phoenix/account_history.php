<?php
// stand-in for CE Phoenix's account_history.php
require 'includes/application_top.php';
