<?php
// includes/constants.inc.php (stand-in)
