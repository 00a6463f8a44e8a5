<?php
// stand-in for osTicket kb/index.php
