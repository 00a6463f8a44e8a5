<?php
// EGroupware 23.1 stand-in: calendar/setup/setup.inc.php
