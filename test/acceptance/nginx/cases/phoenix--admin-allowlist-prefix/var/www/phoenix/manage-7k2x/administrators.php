<?php
// stand-in for CE Phoenix's admin/administrators.php
require 'includes/application_top.php';
