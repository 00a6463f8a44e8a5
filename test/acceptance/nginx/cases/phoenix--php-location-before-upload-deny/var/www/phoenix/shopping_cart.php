<?php
// stand-in for CE Phoenix's shopping_cart.php
require 'includes/application_top.php';
