<?php
// stand-in for CE Phoenix's advanced_search_result.php
require 'includes/application_top.php';
