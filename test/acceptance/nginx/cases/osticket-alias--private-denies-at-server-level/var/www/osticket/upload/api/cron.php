<?php
// stand-in for osTicket api/cron.php
