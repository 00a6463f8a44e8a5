<?php
// EGroupware 23.1 stand-in: timesheet/index.php
