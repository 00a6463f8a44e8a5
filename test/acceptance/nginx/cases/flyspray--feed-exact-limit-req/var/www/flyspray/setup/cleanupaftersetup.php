<?php
// setup/cleanupaftersetup.php (stand-in)
