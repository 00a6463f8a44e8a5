<?php

// Snipe-IT upgrade helper, run from the command line: php upgrade.php (placeholder).
