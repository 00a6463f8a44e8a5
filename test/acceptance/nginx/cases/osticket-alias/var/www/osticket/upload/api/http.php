<?php
// stand-in for osTicket api/http.php
