<?php
// defaults.inc.php (stub)
