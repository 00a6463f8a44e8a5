<?php
// stand-in for CE Phoenix's admin/index.php
require 'includes/application_top.php';
