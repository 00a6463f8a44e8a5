<?php
// stand-in for CE Phoenix's info.php
require 'includes/application_top.php';
