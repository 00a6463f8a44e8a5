<?php
// includes/fix.inc.php (stand-in)
