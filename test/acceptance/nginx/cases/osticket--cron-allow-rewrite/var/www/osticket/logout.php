<?php
// osTicket 1.18 placeholder: logout.php
