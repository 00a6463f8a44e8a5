<?php
// EGroupware 23.1 stand-in: admin/src/Config.php
