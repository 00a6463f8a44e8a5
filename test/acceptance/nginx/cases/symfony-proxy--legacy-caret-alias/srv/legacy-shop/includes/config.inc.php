<?php
// old shop settings (stand-in)
$db_host = "10.0.2.21";
$db_name = "oldshop";
$db_user = "oldshop";
$db_pass = "lVfEIojRZMU3EzVK2xDJjGL";
