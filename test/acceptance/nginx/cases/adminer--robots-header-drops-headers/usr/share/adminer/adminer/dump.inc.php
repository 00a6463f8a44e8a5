<?php
// adminer/dump.inc.php (source tree stand-in)
