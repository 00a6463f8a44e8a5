<?php
// EGroupware 23.1 stand-in: addressbook/src/Hooks.php
