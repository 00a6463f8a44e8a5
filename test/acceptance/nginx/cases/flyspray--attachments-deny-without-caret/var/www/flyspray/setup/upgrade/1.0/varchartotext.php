<?php
// setup/upgrade/1.0/varchartotext.php (stand-in)
