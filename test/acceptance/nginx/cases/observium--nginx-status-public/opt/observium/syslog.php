<?php
// syslog.php (stub)
