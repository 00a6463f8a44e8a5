<?php
// osTicket 1.18 placeholder: include/upgrader/done.inc.php
