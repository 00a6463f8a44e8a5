<?php
// EGroupware 23.1 stand-in: filemanager/inc/class.filemanager_ui.inc.php
