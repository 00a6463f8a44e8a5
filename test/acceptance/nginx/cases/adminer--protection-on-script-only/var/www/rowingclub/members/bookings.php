<?php
require dirname(__DIR__) . "/includes/bootstrap.php";
// members/bookings.php: members area page (stand-in).
