<?php
// stand-in for CE Phoenix's password_forgotten.php
require 'includes/application_top.php';
