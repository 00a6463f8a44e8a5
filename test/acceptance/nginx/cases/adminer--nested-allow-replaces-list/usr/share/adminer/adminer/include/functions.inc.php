<?php
// adminer/include/functions.inc.php (stand-in)
