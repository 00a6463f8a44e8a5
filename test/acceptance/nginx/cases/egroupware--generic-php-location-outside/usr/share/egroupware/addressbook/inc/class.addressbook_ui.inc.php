<?php
// EGroupware 23.1 stand-in: addressbook/inc/class.addressbook_ui.inc.php
