<?php
// old product page (stand-in)
require __DIR__."/includes/config.inc.php";
$id = (int) ($_GET["id"] ?? 0);
