<?php
// adminer/select.inc.php (source tree stand-in)
