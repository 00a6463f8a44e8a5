<?php
// stand-in for osTicket ajax.php
