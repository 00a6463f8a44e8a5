<?php
// stand-in for osTicket scp/staff.inc.php
