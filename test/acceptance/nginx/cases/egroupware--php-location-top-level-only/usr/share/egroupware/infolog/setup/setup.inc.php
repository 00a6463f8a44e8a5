<?php
// EGroupware 23.1 stand-in: infolog/setup/setup.inc.php
