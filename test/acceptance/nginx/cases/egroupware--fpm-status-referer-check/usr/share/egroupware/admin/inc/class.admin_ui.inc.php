<?php
// EGroupware 23.1 stand-in: admin/inc/class.admin_ui.inc.php
