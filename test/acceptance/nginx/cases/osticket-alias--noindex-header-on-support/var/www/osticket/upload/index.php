<?php
// stand-in for osTicket index.php
