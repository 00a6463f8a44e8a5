<?php
// mysql.inc.php (stub)
