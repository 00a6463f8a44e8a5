<?php
// osTicket 1.18 placeholder: client.inc.php
