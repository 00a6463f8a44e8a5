<?php
// EGroupware 23.1 stand-in: setup/db_backup.php
