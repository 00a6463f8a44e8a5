<?php
// stand-in for osTicket open.php
