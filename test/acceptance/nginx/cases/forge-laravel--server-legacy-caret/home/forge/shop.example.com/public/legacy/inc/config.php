<?php
// Old order tracking: database of the previous shop.
$db_host = '127.0.0.1';
$db_user = 'tracking';
$db_pass = 'Xr4!tq92LmPz';
