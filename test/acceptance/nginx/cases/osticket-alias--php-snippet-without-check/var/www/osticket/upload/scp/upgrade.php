<?php
// stand-in for osTicket scp/upgrade.php
