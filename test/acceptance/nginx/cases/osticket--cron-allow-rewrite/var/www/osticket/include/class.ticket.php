<?php
// osTicket 1.18 placeholder: include/class.ticket.php
