<?php
// osTicket 1.18 placeholder: api/api.inc.php
