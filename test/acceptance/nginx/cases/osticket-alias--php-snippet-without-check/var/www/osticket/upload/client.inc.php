<?php
// stand-in for osTicket client.inc.php
