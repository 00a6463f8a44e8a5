<?php
// stand-in for CE Phoenix's index.php
require 'includes/application_top.php';
