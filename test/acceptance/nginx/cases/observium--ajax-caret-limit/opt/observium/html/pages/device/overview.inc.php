<?php
// overview.inc.php (stub)
