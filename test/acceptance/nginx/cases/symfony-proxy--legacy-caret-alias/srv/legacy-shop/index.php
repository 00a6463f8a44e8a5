<?php
// old shop home page (stand-in)
require __DIR__."/includes/config.inc.php";
echo "<h1>Shop</h1>";
