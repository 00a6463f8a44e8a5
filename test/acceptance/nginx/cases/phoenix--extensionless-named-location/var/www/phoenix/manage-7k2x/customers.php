<?php
// stand-in for CE Phoenix's admin/customers.php
require 'includes/application_top.php';
