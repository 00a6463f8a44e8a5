<?php
// osTicket 1.18 placeholder: tickets.php
