<?php
// osTicket 1.18 placeholder: account.php
