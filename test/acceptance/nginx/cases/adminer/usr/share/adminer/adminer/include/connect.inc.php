<?php
// adminer/include/connect.inc.php (stand-in)
