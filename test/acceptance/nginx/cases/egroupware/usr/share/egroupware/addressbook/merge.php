<?php
// EGroupware 23.1 stand-in: addressbook/merge.php
