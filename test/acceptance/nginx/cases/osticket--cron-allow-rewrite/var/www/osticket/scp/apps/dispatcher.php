<?php
// osTicket 1.18 placeholder: scp/apps/dispatcher.php
