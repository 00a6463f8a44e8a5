<?php
// sql-config.inc.php (stub)
