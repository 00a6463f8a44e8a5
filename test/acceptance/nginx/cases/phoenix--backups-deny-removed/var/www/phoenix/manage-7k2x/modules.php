<?php
// stand-in for CE Phoenix's admin/modules.php
require 'includes/application_top.php';
