<?php
// stand-in for CE Phoenix's admin/categories.php
require 'includes/application_top.php';
