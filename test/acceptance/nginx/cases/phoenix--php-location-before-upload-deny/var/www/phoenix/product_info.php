<?php
// stand-in for CE Phoenix's product_info.php
require 'includes/application_top.php';
