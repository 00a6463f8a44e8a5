<?php
// stand-in for CE Phoenix's address_book_process.php
require 'includes/application_top.php';
