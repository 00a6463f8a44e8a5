<?php
/** KCFinder browser */
require "core/bootstrap.php";
$browser = "kcfinder\\browser";
$browser = new $browser();
$browser->action();
