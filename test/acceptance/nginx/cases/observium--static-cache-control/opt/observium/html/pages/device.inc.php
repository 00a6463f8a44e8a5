<?php
// device.inc.php (stub)
