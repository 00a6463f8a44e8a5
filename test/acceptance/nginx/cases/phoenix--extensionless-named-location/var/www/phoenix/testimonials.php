<?php
// stand-in for CE Phoenix's testimonials.php
require 'includes/application_top.php';
