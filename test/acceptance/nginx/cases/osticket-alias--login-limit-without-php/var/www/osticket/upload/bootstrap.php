<?php
// stand-in for osTicket bootstrap.php
