<?php
// stand-in for osTicket include/staff/header.inc.php
