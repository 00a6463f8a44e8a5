<?php
// adminer/include/auth.inc.php (stand-in)
