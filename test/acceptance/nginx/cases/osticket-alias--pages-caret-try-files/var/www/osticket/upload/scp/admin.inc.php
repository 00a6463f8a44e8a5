<?php
// stand-in for osTicket scp/admin.inc.php
