<?php
// stand-in for CE Phoenix's login.php
require 'includes/application_top.php';
