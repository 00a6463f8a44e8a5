<?php
// EGroupware 23.1 stand-in: setup/check_install.php
