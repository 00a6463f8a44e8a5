<?php
// EGroupware 23.1 stand-in: pixelegg/hook_settings.inc.php
