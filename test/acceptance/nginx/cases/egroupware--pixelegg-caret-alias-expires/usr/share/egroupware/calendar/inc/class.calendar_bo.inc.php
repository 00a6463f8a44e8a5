<?php
// EGroupware 23.1 stand-in: calendar/inc/class.calendar_bo.inc.php
