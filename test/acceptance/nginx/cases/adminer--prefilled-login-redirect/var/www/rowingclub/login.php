<?php
require __DIR__ . "/includes/bootstrap.php";
// login page of the rowing club site (stand-in).
