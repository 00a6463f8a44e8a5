<?php
// stand-in for CE Phoenix's admin/server_info.php
require 'includes/application_top.php';
