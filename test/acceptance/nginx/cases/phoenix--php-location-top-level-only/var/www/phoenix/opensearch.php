<?php
// stand-in for CE Phoenix's opensearch.php
require 'includes/application_top.php';
