<?php
// stand-in for osTicket api/api.inc.php
