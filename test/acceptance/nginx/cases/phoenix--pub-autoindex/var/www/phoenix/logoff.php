<?php
// stand-in for CE Phoenix's logoff.php
require 'includes/application_top.php';
