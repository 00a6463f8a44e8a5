<?php
// stand-in for CE Phoenix's admin/configuration.php
require 'includes/application_top.php';
