<?php
// stand-in for osTicket scp/ajax.php
