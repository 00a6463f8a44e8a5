<?php
// osTicket 1.18 placeholder: include/client/header.inc.php
