<?php
// navbar.inc.php (stub)
