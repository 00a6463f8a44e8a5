<?php
// stand-in for osTicket setup/install.php
