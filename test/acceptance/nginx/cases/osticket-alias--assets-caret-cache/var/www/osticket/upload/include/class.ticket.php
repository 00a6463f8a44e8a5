<?php
// stand-in for osTicket include/class.ticket.php
