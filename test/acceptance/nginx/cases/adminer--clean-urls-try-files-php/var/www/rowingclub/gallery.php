<?php
require __DIR__ . "/includes/bootstrap.php";
// gallery page of the rowing club site (stand-in).
