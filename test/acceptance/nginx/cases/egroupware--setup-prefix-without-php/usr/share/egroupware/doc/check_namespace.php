<?php
// EGroupware 23.1 stand-in: doc/check_namespace.php
