<?php
// adminer/include/bootstrap.inc.php (stand-in)
