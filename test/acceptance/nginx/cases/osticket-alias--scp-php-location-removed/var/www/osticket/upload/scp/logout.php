<?php
// stand-in for osTicket scp/logout.php
