<?php
// stand-in for osTicket secure.inc.php
