<?php
// devices.inc.php (stub)
