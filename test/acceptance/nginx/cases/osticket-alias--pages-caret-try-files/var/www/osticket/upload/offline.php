<?php
// stand-in for osTicket offline.php
