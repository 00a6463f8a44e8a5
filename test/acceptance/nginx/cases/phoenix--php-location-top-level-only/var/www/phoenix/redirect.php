<?php
// stand-in for CE Phoenix's redirect.php
require 'includes/application_top.php';
