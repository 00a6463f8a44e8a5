<?php
// stand-in for osTicket tickets.php
