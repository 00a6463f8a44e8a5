<?php
// stand-in for CE Phoenix's download.php
require 'includes/application_top.php';
