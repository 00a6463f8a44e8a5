<?php
// os.inc.php (stub)
