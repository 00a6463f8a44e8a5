<?php
// EGroupware 23.1 stand-in: addressbook/index.php
