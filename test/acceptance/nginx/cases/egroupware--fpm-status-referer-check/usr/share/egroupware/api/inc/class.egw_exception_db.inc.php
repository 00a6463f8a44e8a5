<?php
// EGroupware 23.1 stand-in: api/inc/class.egw_exception_db.inc.php
