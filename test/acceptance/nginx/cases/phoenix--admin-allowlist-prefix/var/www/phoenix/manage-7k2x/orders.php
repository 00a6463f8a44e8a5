<?php
// stand-in for CE Phoenix's admin/orders.php
require 'includes/application_top.php';
