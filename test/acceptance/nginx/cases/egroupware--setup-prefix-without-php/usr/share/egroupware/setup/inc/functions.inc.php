<?php
// EGroupware 23.1 stand-in: setup/inc/functions.inc.php
