<?php
// stand-in for osTicket scp/login.php
