<?php
// stand-in for osTicket login.php
