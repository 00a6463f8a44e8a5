<?php
// stand-in for CE Phoenix's cookie_usage.php
require 'includes/application_top.php';
