<?php
// stand-in for CE Phoenix's contact_us.php
require 'includes/application_top.php';
