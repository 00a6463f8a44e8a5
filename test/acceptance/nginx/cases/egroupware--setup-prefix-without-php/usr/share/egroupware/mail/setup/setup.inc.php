<?php
// EGroupware 23.1 stand-in: mail/setup/setup.inc.php
