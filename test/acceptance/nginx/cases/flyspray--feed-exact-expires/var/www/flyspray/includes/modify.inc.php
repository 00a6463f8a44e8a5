<?php
// includes/modify.inc.php (stand-in)
