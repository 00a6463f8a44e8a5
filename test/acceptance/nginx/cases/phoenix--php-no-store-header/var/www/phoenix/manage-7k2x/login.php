<?php
// stand-in for CE Phoenix's admin/login.php
require 'includes/application_top.php';
