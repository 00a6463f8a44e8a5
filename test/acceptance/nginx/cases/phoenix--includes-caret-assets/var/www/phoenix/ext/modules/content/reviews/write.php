<?php
// stand-in for CE Phoenix's ext/modules/content/reviews/write.php
require 'includes/application_top.php';
