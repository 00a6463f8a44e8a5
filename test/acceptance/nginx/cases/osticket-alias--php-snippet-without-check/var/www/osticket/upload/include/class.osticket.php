<?php
// stand-in for osTicket include/class.osticket.php
