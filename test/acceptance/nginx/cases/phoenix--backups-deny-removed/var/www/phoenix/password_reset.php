<?php
// stand-in for CE Phoenix's password_reset.php
require 'includes/application_top.php';
