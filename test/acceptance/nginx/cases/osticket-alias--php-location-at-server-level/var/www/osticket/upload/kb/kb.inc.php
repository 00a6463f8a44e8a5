<?php
// stand-in for osTicket kb/kb.inc.php
