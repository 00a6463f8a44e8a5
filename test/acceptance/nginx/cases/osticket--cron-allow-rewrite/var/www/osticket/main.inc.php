<?php
// osTicket 1.18 placeholder: main.inc.php
