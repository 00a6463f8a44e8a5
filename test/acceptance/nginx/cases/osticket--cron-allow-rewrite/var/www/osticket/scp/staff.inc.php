<?php
// osTicket 1.18 placeholder: scp/staff.inc.php
