<?php
// stand-in for osTicket avatar.php
