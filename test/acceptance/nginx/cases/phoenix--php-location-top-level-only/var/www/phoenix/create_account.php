<?php
// stand-in for CE Phoenix's create_account.php
require 'includes/application_top.php';
