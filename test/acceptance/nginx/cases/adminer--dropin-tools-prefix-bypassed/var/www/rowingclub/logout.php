<?php
require __DIR__ . "/includes/bootstrap.php";
// logout page of the rowing club site (stand-in).
