<?php
// stand-in for CE Phoenix's advanced_search.php
require 'includes/application_top.php';
