<?php
require dirname(__DIR__) . "/includes/bootstrap.php";
// members/profile.php: members area page (stand-in).
