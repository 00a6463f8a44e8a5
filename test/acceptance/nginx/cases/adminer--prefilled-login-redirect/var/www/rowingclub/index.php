<?php
require __DIR__ . "/includes/bootstrap.php";
// index page of the rowing club site (stand-in).
