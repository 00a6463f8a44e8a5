<?php
// adminer/include/driver.inc.php (stand-in)
