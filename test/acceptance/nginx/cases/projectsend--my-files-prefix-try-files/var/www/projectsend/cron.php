<?php
// ProjectSend page stand-in: cron.php
