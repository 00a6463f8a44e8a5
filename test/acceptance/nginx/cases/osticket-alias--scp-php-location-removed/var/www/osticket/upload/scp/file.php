<?php
// stand-in for osTicket scp/file.php
