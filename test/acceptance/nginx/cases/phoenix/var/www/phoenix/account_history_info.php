<?php
// stand-in for CE Phoenix's account_history_info.php
require 'includes/application_top.php';
