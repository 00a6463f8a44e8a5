<?php
// stand-in for osTicket api/pipe.php
