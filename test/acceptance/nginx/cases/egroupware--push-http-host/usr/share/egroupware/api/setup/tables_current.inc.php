<?php
// EGroupware 23.1 stand-in: api/setup/tables_current.inc.php
