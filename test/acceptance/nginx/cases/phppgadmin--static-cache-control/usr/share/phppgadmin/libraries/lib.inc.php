<?php
// common bootstrap: reads conf/config.inc.php, opens the session
include_once './conf/config.inc.php';
