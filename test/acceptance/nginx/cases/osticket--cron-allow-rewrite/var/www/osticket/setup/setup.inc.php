<?php
// osTicket 1.18 placeholder: setup/setup.inc.php
