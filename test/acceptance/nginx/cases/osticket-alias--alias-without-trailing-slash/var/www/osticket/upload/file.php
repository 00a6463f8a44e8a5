<?php
// stand-in for osTicket file.php
