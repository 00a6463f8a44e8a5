<?php
// stand-in for CE Phoenix's account_edit.php
require 'includes/application_top.php';
