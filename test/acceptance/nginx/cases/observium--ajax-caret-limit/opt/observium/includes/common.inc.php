<?php
// common.inc.php (stub)
