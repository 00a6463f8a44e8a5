<?php
// setup/upgrade.php (stand-in)
