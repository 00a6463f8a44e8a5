<?php
// stand-in for CE Phoenix's admin/security_checks.php
require 'includes/application_top.php';
