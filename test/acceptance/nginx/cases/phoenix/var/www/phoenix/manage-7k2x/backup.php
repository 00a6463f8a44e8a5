<?php
// stand-in for CE Phoenix's admin/backup.php
require 'includes/application_top.php';
