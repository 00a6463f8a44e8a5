<?php
// bits.inc.php (stub)
