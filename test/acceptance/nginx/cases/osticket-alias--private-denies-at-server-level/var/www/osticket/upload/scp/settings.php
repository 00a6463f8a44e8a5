<?php
// stand-in for osTicket scp/settings.php
