<?php
// osTicket 1.18 placeholder: scp/autocron.php
