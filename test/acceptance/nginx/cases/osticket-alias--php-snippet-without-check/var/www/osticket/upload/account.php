<?php
// stand-in for osTicket account.php
