<?php
// stand-in for osTicket setup/inc/header.inc.php
