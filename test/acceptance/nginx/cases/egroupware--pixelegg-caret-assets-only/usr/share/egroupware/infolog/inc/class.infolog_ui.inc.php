<?php
// EGroupware 23.1 stand-in: infolog/inc/class.infolog_ui.inc.php
