<?php
// stand-in for CE Phoenix's products_new.php
require 'includes/application_top.php';
