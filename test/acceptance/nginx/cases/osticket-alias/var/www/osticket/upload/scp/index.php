<?php
// stand-in for osTicket scp/index.php
