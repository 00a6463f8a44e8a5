<?php
// EGroupware 23.1 stand-in: api/setup/setup.inc.php
