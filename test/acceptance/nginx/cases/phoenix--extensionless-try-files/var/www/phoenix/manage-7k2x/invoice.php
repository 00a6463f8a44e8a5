<?php
// stand-in for CE Phoenix's admin/invoice.php
require 'includes/application_top.php';
