<?php
// periodic tasks, run from the system cron with php-cli (stand-in for the case)
