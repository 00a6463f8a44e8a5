<?php
// ProjectSend page stand-in: cron-log.php
