<?php
// stand-in for CE Phoenix's specials.php
require 'includes/application_top.php';
