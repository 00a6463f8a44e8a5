<?php
// EGroupware 23.1 stand-in: setup/inc/class.setup.inc.php
