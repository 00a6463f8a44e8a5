<?php
// stand-in for CE Phoenix's conditions.php
require 'includes/application_top.php';
