<?php
require __DIR__ . "/includes/bootstrap.php";
// events page of the rowing club site (stand-in).
