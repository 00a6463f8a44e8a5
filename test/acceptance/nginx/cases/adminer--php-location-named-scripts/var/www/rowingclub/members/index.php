<?php
require dirname(__DIR__) . "/includes/bootstrap.php";
// members/index.php: members area page (stand-in).
