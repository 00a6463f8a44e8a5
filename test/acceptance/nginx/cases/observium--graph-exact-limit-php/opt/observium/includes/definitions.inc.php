<?php
// definitions.inc.php (stub)
