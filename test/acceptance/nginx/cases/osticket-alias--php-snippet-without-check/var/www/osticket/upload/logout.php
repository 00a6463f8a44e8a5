<?php
// stand-in for osTicket logout.php
