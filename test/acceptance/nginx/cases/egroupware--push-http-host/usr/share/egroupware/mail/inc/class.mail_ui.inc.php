<?php
// EGroupware 23.1 stand-in: mail/inc/class.mail_ui.inc.php
