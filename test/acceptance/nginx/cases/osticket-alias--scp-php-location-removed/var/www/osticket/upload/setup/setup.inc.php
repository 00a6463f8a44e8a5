<?php
// stand-in for osTicket setup/setup.inc.php
