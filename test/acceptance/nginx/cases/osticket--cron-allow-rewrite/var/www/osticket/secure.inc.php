<?php
// osTicket 1.18 placeholder: secure.inc.php
