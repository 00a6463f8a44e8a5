<?php
// cron.php
