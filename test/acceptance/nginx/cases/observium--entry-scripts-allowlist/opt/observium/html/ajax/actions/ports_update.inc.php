<?php
// ports_update.inc.php (stub)
