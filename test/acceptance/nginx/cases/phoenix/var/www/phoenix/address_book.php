<?php
// stand-in for CE Phoenix's address_book.php
require 'includes/application_top.php';
