<?php
// EGroupware 23.1 stand-in: pixelegg/inc/class.pixelegg_framework.inc.php
