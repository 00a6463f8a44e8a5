<?php
// adminer/sql.inc.php (source tree stand-in)
