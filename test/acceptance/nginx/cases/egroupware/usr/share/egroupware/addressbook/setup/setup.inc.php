<?php
// EGroupware 23.1 stand-in: addressbook/setup/setup.inc.php
