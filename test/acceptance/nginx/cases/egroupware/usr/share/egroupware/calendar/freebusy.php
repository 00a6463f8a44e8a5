<?php
// EGroupware 23.1 stand-in: calendar/freebusy.php
