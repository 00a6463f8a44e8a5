<?php
// stand-in for osTicket view.php
