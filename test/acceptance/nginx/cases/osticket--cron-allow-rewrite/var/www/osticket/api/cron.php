<?php
// osTicket 1.18 placeholder: api/cron.php
