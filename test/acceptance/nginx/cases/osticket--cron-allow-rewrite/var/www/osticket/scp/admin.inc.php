<?php
// osTicket 1.18 placeholder: scp/admin.inc.php
