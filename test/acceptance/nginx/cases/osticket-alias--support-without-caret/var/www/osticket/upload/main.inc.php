<?php
// stand-in for osTicket main.inc.php
