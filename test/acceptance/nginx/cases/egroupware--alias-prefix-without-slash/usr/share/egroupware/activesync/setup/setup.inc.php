<?php
// EGroupware 23.1 stand-in: activesync/setup/setup.inc.php
