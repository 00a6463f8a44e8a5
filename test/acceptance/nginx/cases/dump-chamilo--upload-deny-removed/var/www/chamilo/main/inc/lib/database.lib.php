<?php
// Chamilo 1.11: main/inc/lib/database.lib.php
