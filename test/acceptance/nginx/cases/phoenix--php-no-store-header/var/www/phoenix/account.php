<?php
// stand-in for CE Phoenix's account.php
require 'includes/application_top.php';
