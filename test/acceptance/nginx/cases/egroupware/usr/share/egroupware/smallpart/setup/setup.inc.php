<?php
// EGroupware 23.1 stand-in: smallpart/setup/setup.inc.php
