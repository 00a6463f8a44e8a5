<?php
// EGroupware 23.1 stand-in: doc/fix_api.php
