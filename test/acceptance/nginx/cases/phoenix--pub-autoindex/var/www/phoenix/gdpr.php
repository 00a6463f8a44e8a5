<?php
// stand-in for CE Phoenix's gdpr.php
require 'includes/application_top.php';
