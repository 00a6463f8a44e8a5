<?php
// stand-in for osTicket pwreset.php
