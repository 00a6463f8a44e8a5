<?php
// stand-in for osTicket pages/index.php
