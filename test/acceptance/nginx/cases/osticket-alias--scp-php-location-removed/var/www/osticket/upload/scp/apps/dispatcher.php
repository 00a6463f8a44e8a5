<?php
// stand-in for osTicket scp/apps/dispatcher.php
