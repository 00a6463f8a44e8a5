<?php
// ports.inc.php (stub)
