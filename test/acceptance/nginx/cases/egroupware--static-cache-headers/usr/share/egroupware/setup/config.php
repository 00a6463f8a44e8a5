<?php
// EGroupware 23.1 stand-in: setup/config.php
