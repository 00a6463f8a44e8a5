<?php
// stand-in for osTicket apps/dispatcher.php
