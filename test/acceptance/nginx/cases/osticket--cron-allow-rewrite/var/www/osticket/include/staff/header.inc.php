<?php
// osTicket 1.18 placeholder: include/staff/header.inc.php
