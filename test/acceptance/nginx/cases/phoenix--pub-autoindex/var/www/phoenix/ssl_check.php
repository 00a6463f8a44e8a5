<?php
// stand-in for CE Phoenix's ssl_check.php
require 'includes/application_top.php';
