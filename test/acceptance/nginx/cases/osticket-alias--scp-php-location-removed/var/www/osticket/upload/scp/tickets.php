<?php
// stand-in for osTicket scp/tickets.php
