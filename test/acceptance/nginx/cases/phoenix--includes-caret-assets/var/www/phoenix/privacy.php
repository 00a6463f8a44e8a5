<?php
// stand-in for CE Phoenix's privacy.php
require 'includes/application_top.php';
