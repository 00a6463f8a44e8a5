<?php
require __DIR__ . "/includes/bootstrap.php";
// join page of the rowing club site (stand-in).
