<?php
// stand-in for CE Phoenix's shipping.php
require 'includes/application_top.php';
