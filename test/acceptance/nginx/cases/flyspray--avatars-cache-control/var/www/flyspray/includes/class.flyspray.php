<?php
// includes/class.flyspray.php (stand-in)
