<?php include "inc/config.php";
