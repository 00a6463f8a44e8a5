<?php
// EGroupware 23.1 stand-in: admin/setup/setup.inc.php
