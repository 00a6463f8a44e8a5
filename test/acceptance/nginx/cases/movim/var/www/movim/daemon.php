<?php
require dirname(__FILE__) . "/vendor/autoload.php";
